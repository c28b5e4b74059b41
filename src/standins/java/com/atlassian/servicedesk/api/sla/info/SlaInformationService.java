// Compile-only stand-in for com.atlassian.servicedesk:jira-servicedesk-api:11.0.0; see src/standins/STANDINS.md
package com.atlassian.servicedesk.api.sla.info;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

public interface SlaInformationService {
    SlaInformationQuery.Builder newInfoQueryBuilder();

    PagedResponse<SlaInformation> getInfo(ApplicationUser user, SlaInformationQuery query);
}
