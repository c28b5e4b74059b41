// Compile-only stand-in for com.atlassian.beehive:beehive-api (Platform 8); see src/standins/STANDINS.md
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
}
