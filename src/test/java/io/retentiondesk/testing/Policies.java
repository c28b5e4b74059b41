package io.retentiondesk.testing;

import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.PolicyStore;

import java.util.HashMap;

/** A policy store over in-memory plugin settings: the shipped defaults until a test saves another policy. */
public final class Policies {
    private Policies() {
    }

    public static PolicyStore store() {
        return new PolicyStore(MapPluginSettings.over(new HashMap<>()), new io.retentiondesk.jira.job.SharedLocks());
    }
}
