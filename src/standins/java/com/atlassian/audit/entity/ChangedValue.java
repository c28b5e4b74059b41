// Compile-only stand-in for com.atlassian.audit:atlassian-audit-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.audit.entity;

/** Bodies keep what was set so tests can read an audited change. */
public final class ChangedValue {
    private final String key;
    private final String from;
    private final String to;

    private ChangedValue(String key, String from, String to) {
        this.key = key;
        this.from = from;
        this.to = to;
    }

    public static Builder fromI18nKeys(String key) {
        return new Builder(key);
    }

    @Override
    public String toString() {
        return key + ": " + from + " -> " + to;
    }

    public static final class Builder {
        private final String key;
        private String from;
        private String to;

        private Builder(String key) {
            this.key = key;
        }

        public Builder from(String from) {
            this.from = from;
            return this;
        }

        public Builder to(String to) {
            this.to = to;
            return this;
        }

        public ChangedValue build() {
            return new ChangedValue(key, from, to);
        }
    }
}
