package io.retentiondesk.jira.job;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** One lock service shared by the threads that stand for cluster nodes (and by the tests of what else takes a cluster lock). */
public final class SharedLocks implements ClusterLockService {
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        ReentrantLock lock = locks.computeIfAbsent(lockName, n -> new ReentrantLock());
        return new ClusterLock() {
            @Override
            public void lock() {
                lock.lock();
            }

            @Override
            public void lockInterruptibly() throws InterruptedException {
                lock.lockInterruptibly();
            }

            @Override
            public boolean tryLock() {
                return lock.tryLock();
            }

            @Override
            public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
                return lock.tryLock(time, unit);
            }

            @Override
            public void unlock() {
                lock.unlock();
            }

            @Override
            public Condition newCondition() {
                return lock.newCondition();
            }
        };
    }
}
