package io.retentiondesk.jira.job;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Runs a piece of the nightly work under a cluster-wide lock, skipping it when another node holds the lock (that
 * node is doing it). Lock names are namespaced by the app.
 */
@Named
public class ClusterLocks {
    static final String PREFIX = "io.retentiondesk.";
    private final ClusterLockService locks;

    @Inject
    public ClusterLocks(@ComponentImport ClusterLockService locks) {
        this.locks = Objects.requireNonNull(locks);
    }

    /** @return what {@code work} returned, or false when the lock was held elsewhere */
    public boolean ifFree(String name, BooleanSupplier work) {
        ClusterLock lock = locks.getLockForName(PREFIX + name);
        if (!lock.tryLock()) {
            return false;
        }
        try {
            return work.getAsBoolean();
        } finally {
            lock.unlock();
        }
    }
}
