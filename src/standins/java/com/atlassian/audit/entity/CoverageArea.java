// Compile-only stand-in for com.atlassian.audit:atlassian-audit-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.audit.entity;

/** Only the constant the app uses; the real enum has more. */
public enum CoverageArea { GLOBAL_CONFIG_AND_ADMINISTRATION }
