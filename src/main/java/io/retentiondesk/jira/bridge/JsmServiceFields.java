package io.retentiondesk.jira.bridge;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.sla.info.SlaInformation;
import com.atlassian.servicedesk.api.sla.info.SlaInformationCompletedCycle;
import com.atlassian.servicedesk.api.sla.info.SlaInformationService;
import io.retentiondesk.core.policy.ExportField;
import io.retentiondesk.core.ticket.Person;
import io.retentiondesk.core.ticket.SlaCycle;
import io.retentiondesk.jira.policy.PolicyStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSM values of a request. Request type and SLA cycles come from JSM's public services; SLAs are read as the
 * {@link RunAsUser}. Organizations and participants are read from their fields, whose values are collections of
 * JSM's public {@link CustomerOrganization} and of Jira users. The CSAT rating has no public Java type: a
 * {@link Number} 1–5, or a string showing exactly one digit, 1 to 5, is read as the rating; anything else is
 * "not readable" (the panel says so, the score is predicted, the log names the issue). Its date comes from the
 * Satisfaction date field.
 *
 * <p>Fields are found as the offline reader finds them in an export: by their custom field type (a renamed or
 * translated field is still found), then by the id or name the policy's {@code fields} gives. Which fields apply
 * depends on the issue's project and issue type (that is what {@link CustomFieldManager#getCustomFieldObjects(Issue)}
 * answers), so the lookup is cached per project, issue type and policy version, at most {@value #CACHE_SIZE}
 * of them, each for {@link #CACHE_TTL}: a field added or re-scoped in Jira is seen within that time, a policy
 * change at once.
 */
@Named
public class JsmServiceFields implements JsmFields {
    static final int CACHE_SIZE = 256;
    static final Duration CACHE_TTL = Duration.ofMinutes(10);
    /** The JSM fields read here; the request type and SLAs come from services. */
    static final List<ExportField> READ = List.of(ExportField.ORGANIZATIONS, ExportField.REQUEST_PARTICIPANTS,
            ExportField.SATISFACTION, ExportField.SATISFACTION_DATE);
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Logger LOG = LoggerFactory.getLogger(JsmServiceFields.class);

    private final RequestTypeService requestTypes;
    private final SlaInformationService slas;
    private final CustomFieldManager customFields;
    private final RunAsUser runAs;
    private final PolicyStore policies;
    private final Clock clock;
    private final Logger log;
    private final Map<Context, Located> located = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Context, Located> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    @Inject
    public JsmServiceFields(@ComponentImport RequestTypeService requestTypes,
                            @ComponentImport SlaInformationService slas,
                            @ComponentImport CustomFieldManager customFields,
                            RunAsUser runAs, PolicyStore policies) {
        this(requestTypes, slas, customFields, runAs, policies, Clock.systemUTC(), LOG);
    }

    JsmServiceFields(RequestTypeService requestTypes, SlaInformationService slas, CustomFieldManager customFields,
                     RunAsUser runAs, PolicyStore policies, Clock clock, Logger log) {
        this.requestTypes = Objects.requireNonNull(requestTypes);
        this.slas = Objects.requireNonNull(slas);
        this.customFields = Objects.requireNonNull(customFields);
        this.runAs = Objects.requireNonNull(runAs);
        this.policies = Objects.requireNonNull(policies);
        this.clock = Objects.requireNonNull(clock);
        this.log = Objects.requireNonNull(log);
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
        for (Object o : collection(value(issue, ExportField.ORGANIZATIONS))) {
            if (o instanceof CustomerOrganization org && org.getName() != null) {
                names.add(org.getName());
            }
        }
        return names;
    }

    @Override
    public List<Person> participants(Issue issue) {
        List<Person> people = new ArrayList<>();
        for (Object o : collection(value(issue, ExportField.REQUEST_PARTICIPANTS))) {
            if (o instanceof ApplicationUser user) {
                people.add(JiraTicketReader.person(user));
            }
        }
        return people;
    }

    @Override
    public Rating rating(Issue issue) {
        Object value = value(issue, ExportField.SATISFACTION);
        if (value == null) {
            return Rating.ABSENT;
        }
        Integer rating = ratingOf(value);
        if (rating == null) {
            // never the value itself: a feedback value may carry the customer's comment
            log.warn("Retention Desk: {}: the Satisfaction field holds a {} that is not a rating 1 to 5; the ticket"
                    + " is scored as predicted and its panel says the rating is not readable", issue.getKey(),
                    value.getClass().getName());
            return new Rating.Unreadable(value.getClass().getName());
        }
        Object at = value(issue, ExportField.SATISFACTION_DATE);
        Instant givenAt = at instanceof Date d ? d.toInstant() : null;
        if (at != null && givenAt == null) {
            log.warn("Retention Desk: {}: the Satisfaction date field holds a {}, not a date; the rating is read"
                    + " without its date", issue.getKey(), at.getClass().getName());
        }
        return new Rating.Given(rating, givenAt);
    }

    /** A whole {@link Number} 1–5, or text with exactly one digit that is 1–5; otherwise {@code null}. */
    static Integer ratingOf(Object value) {
        if (value instanceof Number n) {
            BigDecimal d;
            try {
                d = new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                return null; // NaN, infinity
            }
            boolean whole = d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
            return whole && d.compareTo(BigDecimal.ONE) >= 0 && d.compareTo(BigDecimal.valueOf(5)) <= 0
                    ? d.intValue() : null;
        }
        if (value instanceof CharSequence text) {
            Matcher m = DIGIT.matcher(text);
            if (!m.find()) {
                return null;
            }
            int digit = m.group().charAt(0) - '0';
            return m.find() || digit < 1 || digit > 5 ? null : digit; // two digits: which one rates is not knowable
        }
        return null;
    }

    @Override
    public List<SlaCycle> slaCycles(Issue issue) {
        ApplicationUser reader = runAs.slaReader();
        if (reader == null) {
            throw new IllegalStateException("no user to read the SLAs of " + issue.getKey()
                    + " as: choose a run-as user on the Retention Desk admin page");
        }
        List<SlaCycle> cycles = new ArrayList<>();
        for (SlaInformation sla : slas.getInfo(reader,
                slas.newInfoQueryBuilder().issue(issue.getId()).build()).getResults()) {
            for (SlaInformationCompletedCycle c : sla.getCompletedCycles()) {
                cycles.add(new SlaCycle(sla.getName(), c.getStopTime(), c.getBreached()));
            }
            sla.getOngoingCycle().ifPresent(c -> cycles.add(new SlaCycle(sla.getName(), null, c.getBreached())));
        }
        return cycles;
    }

    private Object value(Issue issue, ExportField field) {
        CustomField cf = fieldsOf(issue).get(field);
        if (cf == null) {
            return null;
        }
        try {
            return issue.getCustomFieldValue(cf);
        } catch (RuntimeException e) {
            log.warn("Retention Desk: {}: Jira could not read its {} field ({}); read without it", issue.getKey(),
                    field.defaultName(), e.getClass().getName());
            return null;
        }
    }

    /** Which field is which for the issue's project and issue type: cached, found on a miss. */
    Map<ExportField, CustomField> fieldsOf(Issue issue) {
        Context context = new Context(issue.getProjectId(),
                issue.getIssueType() == null ? null : issue.getIssueType().getId(), policies.version());
        Instant now = clock.instant();
        Located hit = located.get(context);
        if (hit != null && now.isBefore(hit.until())) {
            return hit.fields();
        }
        // found outside the lock: two threads may both look, and the second answer simply replaces the first
        Located found = new Located(locate(issue), now.plus(CACHE_TTL));
        located.put(context, found);
        return found.fields();
    }

    private Map<ExportField, CustomField> locate(Issue issue) {
        Map<ExportField, Found> found = lookup(customFields.getCustomFieldObjects(issue), policies.current().fields());
        Map<ExportField, CustomField> out = new EnumMap<>(ExportField.class);
        List<String> missing = new ArrayList<>();
        boolean anyByType = false;
        for (ExportField f : READ) {
            Found hit = found.get(f);
            if (hit == null) {
                missing.add(f.defaultName() + " (" + f.typeKey() + ")");
                continue;
            }
            CustomField cf = hit.field();
            if (hit.byType()) {
                anyByType = true;
                if (!f.defaultName().equals(cf.getUntranslatedName())) {
                    log.info("Retention Desk: {}: JSM's {} field is {} here, under another name; found by its type",
                            issue.getKey(), f.defaultName(), cf.getId());
                }
            } else {
                log.info("Retention Desk: {}: no field of type {} applies; using {} as the policy's fields.{} says",
                        issue.getKey(), f.typeKey(), cf.getId(), f.jsonName());
            }
            out.put(f, cf);
        }
        if (anyByType && !missing.isEmpty()) {
            log.warn("Retention Desk: {}: no {} field applies to its project and issue type; read without it",
                    issue.getKey(), String.join(", ", missing));
        } else if (!anyByType && out.isEmpty()) {
            log.info("Retention Desk: {}: no JSM field applies to its project and issue type; read as a plain Jira"
                    + " issue", issue.getKey());
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * A JSM field as found among those that apply: by its type, or else by the id or name the policy gives.
     * {@code others} counts further fields of the same type that apply too: reading takes the lowest id, as the
     * offline reader does, and the setup check says so rather than leave it silent.
     */
    record Found(CustomField field, boolean byType, int others) {
    }

    /**
     * How each JSM field read here is found among the fields that apply to a project and issue type (those of an
     * issue, or those the setup check asks about): by its type, else by the policy's {@code fields}; absent when
     * neither finds one.
     */
    static Map<ExportField, Found> lookup(List<CustomField> applicable, Map<ExportField, String> named) {
        Map<ExportField, Found> out = new EnumMap<>(ExportField.class);
        for (ExportField f : READ) {
            CustomField cf = byType(applicable, f.typeKey());
            if (cf != null) {
                out.put(f, new Found(cf, true, ofType(applicable, f.typeKey()) - 1));
            } else if (named.containsKey(f)) {
                cf = byPolicy(applicable, named.get(f));
                if (cf != null) {
                    out.put(f, new Found(cf, false, 0));
                }
            }
        }
        return out;
    }

    /** The field of that type; of several, the one with the lowest id, as the offline reader picks. */
    private static CustomField byType(List<CustomField> applicable, String typeKey) {
        CustomField found = null;
        for (CustomField cf : applicable) {
            CustomFieldType<?, ?> type = cf.getCustomFieldType(); // null when the type's app is disabled
            if (type != null && typeKey.equals(type.getKey())
                    && (found == null || cf.getId().compareTo(found.getId()) < 0)) {
                found = cf;
            }
        }
        return found;
    }

    private static int ofType(List<CustomField> applicable, String typeKey) {
        int n = 0;
        for (CustomField cf : applicable) {
            CustomFieldType<?, ?> type = cf.getCustomFieldType();
            n += type != null && typeKey.equals(type.getKey()) ? 1 : 0;
        }
        return n;
    }

    /** The field the policy names by id ({@code customfield_10010}) or by name. */
    private static CustomField byPolicy(List<CustomField> applicable, String wanted) {
        String name = wanted.trim().toLowerCase(Locale.ROOT);
        for (CustomField cf : applicable) {
            if (wanted.equals(cf.getId())) {
                return cf;
            }
        }
        for (CustomField cf : applicable) {
            if (cf.getUntranslatedName() != null && cf.getUntranslatedName().trim().toLowerCase(Locale.ROOT).equals(name)) {
                return cf;
            }
        }
        return null;
    }

    private static Collection<?> collection(Object value) {
        return value instanceof Collection<?> c ? c : List.of();
    }

    /** What decides which fields apply: the project and issue type; and the policy, which may name fields. */
    private record Context(Long projectId, String issueTypeId, long policyVersion) {
    }

    private record Located(Map<ExportField, CustomField> fields, Instant until) {
    }
}
