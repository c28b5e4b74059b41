// Compile-only stand-in for com.atlassian.audit:atlassian-audit-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.audit.api;

import com.atlassian.audit.entity.AuditEvent;

public interface AuditService {
    void audit(AuditEvent event);
}
