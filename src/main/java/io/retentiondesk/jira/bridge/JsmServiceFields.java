package io.retentiondesk.jira.bridge;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.sla.info.SlaInformation;
import com.atlassian.servicedesk.api.sla.info.SlaInformationCompletedCycle;
import com.atlassian.servicedesk.api.sla.info.SlaInformationService;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.SlaCycle;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSM values of a request. Request type and SLA cycles come from JSM's public services. Organizations and
 * participants are read from their fields, whose values are collections of JSM's public
 * {@link CustomerOrganization} and of Jira users. The CSAT rating has no public Java type: its value is read as
 * the single 1–5 digit its text shows, and when it was given from the "Satisfaction date" field. Fields are found
 * by the names JSM creates them with, as in a REST export.
 */
@Named
public class JsmServiceFields implements JsmFields {
    static final String ORGANIZATIONS = "Organizations";
    static final String PARTICIPANTS = "Request participants";
    static final String SATISFACTION = "Satisfaction";
    static final String SATISFACTION_DATE = "Satisfaction date";
    private static final Pattern RATING = Pattern.compile("(?<![0-9])([1-5])(?![0-9])");

    private final RequestTypeService requestTypes;
    private final SlaInformationService slas;
    private final CustomFieldManager customFields;
    private final JiraAuthenticationContext authentication;

    @Inject
    public JsmServiceFields(@ComponentImport RequestTypeService requestTypes,
                            @ComponentImport SlaInformationService slas,
                            @ComponentImport CustomFieldManager customFields,
                            @ComponentImport JiraAuthenticationContext authentication) {
        this.requestTypes = Objects.requireNonNull(requestTypes);
        this.slas = Objects.requireNonNull(slas);
        this.customFields = Objects.requireNonNull(customFields);
        this.authentication = Objects.requireNonNull(authentication);
    }

    @Override
    public String requestType(Issue issue) {
        // override security: the app reads the request type for scoring, whoever transitions the ticket
        List<RequestType> found = requestTypes.getRequestTypes(null, requestTypes.newQueryBuilder()
                .issue(issue.getId()).requestOverrideSecurity(Boolean.TRUE).build()).getResults();
        return found.isEmpty() ? null : found.get(0).getName();
    }

    @Override
    public List<String> organizations(Issue issue) {
        List<String> names = new ArrayList<>();
        for (Object o : collection(value(issue, ORGANIZATIONS))) {
            if (o instanceof CustomerOrganization org && org.getName() != null) {
                names.add(org.getName());
            }
        }
        return names;
    }

    @Override
    public List<Person> participants(Issue issue) {
        List<Person> people = new ArrayList<>();
        for (Object o : collection(value(issue, PARTICIPANTS))) {
            if (o instanceof ApplicationUser user) {
                people.add(JiraTicketReader.person(user));
            }
        }
        return people;
    }

    @Override
    public Rating rating(Issue issue) {
        Object value = value(issue, SATISFACTION);
        Integer rating = null;
        if (value instanceof Number n) {
            rating = n.intValue();
        } else if (value != null) {
            Matcher m = RATING.matcher(String.valueOf(value));
            if (m.find()) {
                rating = Integer.valueOf(m.group(1));
                if (m.find()) {
                    rating = null; // more than one digit in the text: not a rating we can trust
                }
            }
        }
        if (rating == null || rating < 1 || rating > 5) {
            return null;
        }
        Object at = value(issue, SATISFACTION_DATE);
        Instant givenAt = at instanceof Date d ? d.toInstant() : null;
        return new Rating(rating, givenAt);
    }

    @Override
    public List<SlaCycle> slaCycles(Issue issue) {
        List<SlaCycle> cycles = new ArrayList<>();
        // as the user whose transition or event this is: JSM checks that user may see the request's SLAs
        for (SlaInformation sla : slas.getInfo(authentication.getLoggedInUser(),
                slas.newInfoQueryBuilder().issue(issue.getId()).build()).getResults()) {
            for (SlaInformationCompletedCycle c : sla.getCompletedCycles()) {
                cycles.add(new SlaCycle(sla.getName(), c.getStopTime(), c.getBreached()));
            }
            sla.getOngoingCycle().ifPresent(c -> cycles.add(new SlaCycle(sla.getName(), null, c.getBreached())));
        }
        return cycles;
    }

    private Object value(Issue issue, String fieldName) {
        for (CustomField cf : customFields.getCustomFieldObjects(issue)) {
            if (fieldName.equals(cf.getUntranslatedName())) {
                return issue.getCustomFieldValue(cf);
            }
        }
        return null;
    }

    private static Collection<?> collection(Object value) {
        return value instanceof Collection<?> c ? c : List.of();
    }
}
