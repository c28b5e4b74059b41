package io.retentiondesk.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;

import java.util.Objects;

/** Which CSAT rating each ticket was last re-scored with. */
@Named
public class ScoredRatings {
    private final ActiveObjects ao;

    @Inject
    public ScoredRatings(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao);
    }

    /** @return whether the ticket has not yet been scored with this rating */
    public boolean isNew(long issueId, int rating) {
        return ao.executeInTransaction(() -> {
            ScoredRatingEntity[] found = ao.find(ScoredRatingEntity.class, "ISSUE_ID = ?", issueId);
            return found.length == 0 || found[0].getRating() != rating;
        });
    }

    public void record(long issueId, int rating) {
        ao.executeInTransaction(() -> {
            ScoredRatingEntity[] found = ao.find(ScoredRatingEntity.class, "ISSUE_ID = ?", issueId);
            if (found.length == 0) {
                ao.create(ScoredRatingEntity.class, new DBParam("ISSUE_ID", issueId), new DBParam("RATING", rating));
            } else {
                found[0].setRating(rating);
                found[0].save();
            }
            return null;
        });
    }
}
