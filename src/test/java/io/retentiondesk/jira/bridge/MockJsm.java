package io.retentiondesk.jira.bridge;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** JSM's public services and fields, mocked on the stand-ins, around one issue. */
final class MockJsm {
    final RequestTypeService requestTypes = mock(RequestTypeService.class);
    final RequestTypeQuery.Builder requestTypeQuery = mock(RequestTypeQuery.Builder.class, RETURNS_SELF);
    final SlaInformationService slas = mock(SlaInformationService.class);
    final SlaInformationQuery.Builder slaQuery = mock(SlaInformationQuery.Builder.class, RETURNS_SELF);
    final CustomFieldManager customFields = mock(CustomFieldManager.class);
    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final ApplicationUser agent = mock(ApplicationUser.class);
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<RequestType> types = new ArrayList<>();
    private final List<SlaInformation> slaInfo = new ArrayList<>();

    MockJsm() {
        when(requestTypes.newQueryBuilder()).thenReturn(requestTypeQuery);
        when(slas.newInfoQueryBuilder()).thenReturn(slaQuery);
        when(authentication.getLoggedInUser()).thenReturn(agent);
    }

    MockJsm field(String name, Object value) {
        values.put(name, value);
        return this;
    }

    MockJsm organizations(String... names) {
        List<CustomerOrganization> orgs = new ArrayList<>();
        for (String n : names) {
            CustomerOrganization o = mock(CustomerOrganization.class);
            when(o.getName()).thenReturn(n);
            orgs.add(o);
        }
        return field(JsmServiceFields.ORGANIZATIONS, orgs);
    }

    MockJsm requestType(String name) {
        RequestType t = mock(RequestType.class);
        when(t.getName()).thenReturn(name);
        types.add(t);
        return this;
    }

    MockJsm completedSla(String name, Instant stop, boolean breached) {
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

    MockJsm ongoingSla(String name, boolean breached) {
        SlaInformationOngoingCycle c = mock(SlaInformationOngoingCycle.class);
        when(c.getBreached()).thenReturn(breached);
        SlaInformation info = mock(SlaInformation.class);
        when(info.getName()).thenReturn(name);
        when(info.getCompletedCycles()).thenReturn(List.of());
        when(info.getOngoingCycle()).thenReturn(Optional.of(c));
        slaInfo.add(info);
        return this;
    }

    /** Stubs the services and field values for {@code issue} and returns the adapter under test. */
    @SuppressWarnings("unchecked")
    JsmServiceFields on(Issue issue) {
        PagedResponse<RequestType> typePage = mock(PagedResponse.class);
        when(typePage.getResults()).thenReturn(List.copyOf(types));
        when(requestTypes.getRequestTypes(any(), any())).thenReturn(typePage);
        PagedResponse<SlaInformation> slaPage = mock(PagedResponse.class);
        when(slaPage.getResults()).thenReturn(List.copyOf(slaInfo));
        when(slas.getInfo(any(), any())).thenReturn(slaPage);
        List<CustomField> fields = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            CustomField cf = mock(CustomField.class);
            when(cf.getUntranslatedName()).thenReturn(e.getKey());
            fields.add(cf);
            when(issue.getCustomFieldValue(cf)).thenReturn(e.getValue());
        }
        when(customFields.getCustomFieldObjects(issue)).thenReturn(fields);
        return new JsmServiceFields(requestTypes, slas, customFields, authentication);
    }
}
