package io.retentiondesk.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** The CSAT rating a ticket was last re-scored with, so a late rating re-scores it once, on any node. */
@Table("SCORED_RATING")
public interface ScoredRatingEntity extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long id);

    @NotNull
    int getRating();

    void setRating(int rating);
}
