// Compile-only stand-in for com.atlassian.servicedesk:jira-servicedesk-api:11.0.0; see src/standins/STANDINS.md
package com.atlassian.servicedesk.api.requesttype;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

public interface RequestTypeService {
    RequestTypeQuery.Builder newQueryBuilder();

    PagedResponse<RequestType> getRequestTypes(ApplicationUser user, RequestTypeQuery query);
}
