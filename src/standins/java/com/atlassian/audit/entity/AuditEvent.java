// Compile-only stand-in for com.atlassian.audit:atlassian-audit-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.audit.entity;

import java.util.ArrayList;
import java.util.List;

/** Bodies keep what was set so tests can read an audited event. */
public final class AuditEvent {
    private final String summary;
    private final List<ChangedValue> changes;

    private AuditEvent(String summary, List<ChangedValue> changes) {
        this.summary = summary;
        this.changes = List.copyOf(changes);
    }

    public static Builder fromI18nKeys(String categoryI18nKey, String actionI18nKey, CoverageLevel level,
                                       CoverageArea area) {
        return new Builder(categoryI18nKey + "/" + actionI18nKey);
    }

    @Override
    public String toString() {
        return summary + " " + changes;
    }

    public static final class Builder {
        private final String summary;
        private final List<ChangedValue> changes = new ArrayList<>();

        private Builder(String summary) {
            this.summary = summary;
        }

        public Builder changedValue(ChangedValue changedValue) {
            changes.add(changedValue);
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(summary, changes);
        }
    }
}
