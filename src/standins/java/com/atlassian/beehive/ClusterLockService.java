// Compile-only stand-in for com.atlassian.beehive:beehive-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.beehive;

public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
