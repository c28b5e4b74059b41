package io.retentiondesk.jira.bridge;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeQuery;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.sla.info.SlaInformation;
import com.atlassian.servicedesk.api.sla.info.SlaInformationCompletedCycle;
import com.atlassian.servicedesk.api.sla.info.SlaInformationOngoingCycle;
import com.atlassian.servicedesk.api.sla.info.SlaInformationQuery;
import com.atlassian.servicedesk.api.sla.info.SlaInformationService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import io.retentiondesk.core.policy.ExportField;
import io.retentiondesk.core.policy.Policy;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyStore;
import io.retentiondesk.testing.MutableClock;
import io.retentiondesk.testing.RecordingLogger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * JSM's public services and fields, mocked on the stand-ins, around one issue. At least as strict as JSM: SLAs
 * are answered only to a user allowed to see them (the agent by default), an empty page to anyone else, and a
 * {@code null} user is refused; fields are told apart by their type, as Jira tells them, whatever their name.
 */
public final class MockJsm {
    public final RequestTypeService requestTypes = mock(RequestTypeService.class);
    public final RequestTypeQuery.Builder requestTypeQuery = mock(RequestTypeQuery.Builder.class, RETURNS_SELF);
    public final SlaInformationService slas = mock(SlaInformationService.class);
    public final SlaInformationQuery.Builder slaQuery = mock(SlaInformationQuery.Builder.class, RETURNS_SELF);
    public final CustomFieldManager customFields = mock(CustomFieldManager.class);
    public final ApplicationUser agent = mock(ApplicationUser.class);
    public final FakeAuthentication authentication = new FakeAuthentication(agent);
    public final PolicyStore policies = io.retentiondesk.testing.Policies.store();
    public final MutableClock clock = new MutableClock(Instant.parse("2026-06-30T00:00:00Z"));
    public final RecordingLogger log = new RecordingLogger();
    RunAsUser runAs = RunAsUsers.none(authentication);
    private final List<Field> fields = new ArrayList<>();
    private final List<RequestType> types = new ArrayList<>();
    private final List<SlaInformation> slaInfo = new ArrayList<>();
    private final Set<ApplicationUser> slaReaders = new HashSet<>(Set.of(agent));

    private record Field(String id, String typeKey, String name, Object value) {
    }

    public MockJsm() {
        when(requestTypes.newQueryBuilder()).thenReturn(requestTypeQuery);
        when(slas.newInfoQueryBuilder()).thenReturn(slaQuery);
    }

    /** JSM's field of that type under its English name. */
    public MockJsm field(ExportField f, Object value) {
        return renamed(f, f.defaultName(), value);
    }

    /** JSM's field of that type under another (renamed or translated) name. */
    public MockJsm renamed(ExportField f, String name, Object value) {
        fields.add(new Field("customfield_" + (10100 + fields.size()), f.typeKey(), name, value));
        return this;
    }

    /** A field of some other type (a plain Jira field). */
    public MockJsm plainField(String id, String name, Object value) {
        fields.add(new Field(id, "com.atlassian.jira.plugin.system.customfieldtypes:textfield", name, value));
        return this;
    }

    public MockJsm organizations(String... names) {
        List<CustomerOrganization> orgs = new ArrayList<>();
        for (String n : names) {
            CustomerOrganization o = mock(CustomerOrganization.class);
            when(o.getName()).thenReturn(n);
            orgs.add(o);
        }
        return field(ExportField.ORGANIZATIONS, orgs);
    }

    public MockJsm requestType(String name) {
        RequestType t = mock(RequestType.class);
        when(t.getName()).thenReturn(name);
        types.add(t);
        return this;
    }

    public MockJsm completedSla(String name, Instant stop, boolean breached) {
        SlaInformationCompletedCycle c = mock(SlaInformationCompletedCycle.class);
        when(c.getStopTime()).thenReturn(stop);
        when(c.getBreached()).thenReturn(breached);
        SlaInformation info = mock(SlaInformation.class);
        when(info.getName()).thenReturn(name);
        when(info.getCompletedCycles()).thenReturn(List.of(c));
        when(info.getOngoingCycle()).thenReturn(Optional.empty());
        slaInfo.add(info);
        return this;
    }

    public MockJsm ongoingSla(String name, boolean breached) {
        SlaInformationOngoingCycle c = mock(SlaInformationOngoingCycle.class);
        when(c.getBreached()).thenReturn(breached);
        SlaInformation info = mock(SlaInformation.class);
        when(info.getName()).thenReturn(name);
        when(info.getCompletedCycles()).thenReturn(List.of());
        when(info.getOngoingCycle()).thenReturn(Optional.of(c));
        slaInfo.add(info);
        return this;
    }

    /** Only these users may see the request's SLAs (the agent by default). */
    public MockJsm slasVisibleTo(ApplicationUser... users) {
        slaReaders.clear();
        slaReaders.addAll(List.of(users));
        return this;
    }

    /** {@code user} chosen as the run-as user on the admin page. */
    public MockJsm runAs(ApplicationUser user) {
        runAs = RunAsUsers.chosen(user, authentication);
        return this;
    }

    /** The policy's {@code fields} section, e.g. {@code "satisfaction": "customfield_10200"}. */
    public MockJsm policyFields(String fieldsJson) {
        policies.save(Policy.defaultJson().replace("\"fields\": {}", "\"fields\": {" + fieldsJson + "}"));
        return this;
    }

    /** Stubs the services and field values for {@code issue} and returns the adapter under test. */
    @SuppressWarnings("unchecked")
    public JsmServiceFields on(Issue issue) {
        PagedResponse<RequestType> typePage = mock(PagedResponse.class);
        when(typePage.getResults()).thenReturn(List.copyOf(types));
        when(requestTypes.getRequestTypes(any(), any())).thenReturn(typePage);
        PagedResponse<SlaInformation> visible = mock(PagedResponse.class);
        when(visible.getResults()).thenReturn(List.copyOf(slaInfo));
        PagedResponse<SlaInformation> none = mock(PagedResponse.class);
        when(none.getResults()).thenReturn(List.of());
        when(slas.getInfo(any(), any())).thenAnswer(a -> {
            ApplicationUser user = a.getArgument(0);
            if (user == null) {
                throw new IllegalArgumentException("JSM: no user to check SLA permissions for");
            }
            return slaReaders.contains(user) ? visible : none;
        });
        List<CustomField> applicable = new ArrayList<>();
        for (Field f : fields) {
            CustomFieldType<?, ?> type = mock(CustomFieldType.class);
            when(type.getKey()).thenReturn(f.typeKey());
            CustomField cf = mock(CustomField.class);
            when(cf.getId()).thenReturn(f.id());
            when(cf.getUntranslatedName()).thenReturn(f.name());
            when(cf.getCustomFieldType()).thenAnswer(a -> type);
            applicable.add(cf);
            when(issue.getCustomFieldValue(cf)).thenReturn(f.value());
        }
        when(customFields.getCustomFieldObjects(issue)).thenReturn(applicable);
        return new JsmServiceFields(requestTypes, slas, customFields, runAs, policies, clock, log);
    }
}
