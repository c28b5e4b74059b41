// Compile-only stand-in for com.atlassian.scheduler:atlassian-scheduler-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.scheduler.config;

public enum RunMode { RUN_ONCE_PER_CLUSTER, RUN_LOCALLY }
