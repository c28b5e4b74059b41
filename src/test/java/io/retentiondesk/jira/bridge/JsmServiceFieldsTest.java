package io.retentiondesk.jira.bridge;

import com.atlassian.jira.issue.Issue;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeQuery;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JsmServiceFieldsTest {
    @Test
    @SuppressWarnings("unchecked")
    void readsTheRequestTypeOfTheIssueOverridingSecurity() {
        RequestTypeService service = mock(RequestTypeService.class);
        RequestTypeQuery.Builder builder = mock(RequestTypeQuery.Builder.class, RETURNS_SELF);
        RequestTypeQuery query = mock(RequestTypeQuery.class);
        when(builder.build()).thenReturn(query);
        when(service.newQueryBuilder()).thenReturn(builder);
        RequestType billing = mock(RequestType.class);
        when(billing.getName()).thenReturn("Billing question");
        PagedResponse<RequestType> page = mock(PagedResponse.class);
        when(page.getResults()).thenReturn(List.of(billing));
        when(service.getRequestTypes(isNull(), org.mockito.ArgumentMatchers.eq(query))).thenReturn(page);
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(10042L);

        JsmServiceFields fields = new JsmServiceFields(service);
        assertThat(fields.requestType(issue)).isEqualTo("Billing question");
        verify(builder).issue(10042L);
        verify(builder).requestOverrideSecurity(Boolean.TRUE);
        // not readable through a public JSM 11 API yet: absent, so the customer falls back to the reporter
        assertThat(fields.organizations(issue)).isEmpty();
        assertThat(fields.rating(issue)).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void issueOutsideAServiceProjectHasNoRequestType() {
        RequestTypeService service = mock(RequestTypeService.class);
        RequestTypeQuery.Builder builder = mock(RequestTypeQuery.Builder.class, RETURNS_SELF);
        when(service.newQueryBuilder()).thenReturn(builder);
        PagedResponse<RequestType> empty = mock(PagedResponse.class);
        when(empty.getResults()).thenReturn(List.of());
        when(service.getRequestTypes(isNull(), org.mockito.ArgumentMatchers.any())).thenReturn(empty);
        assertThat(new JsmServiceFields(service).requestType(mock(Issue.class))).isNull();
    }
}
