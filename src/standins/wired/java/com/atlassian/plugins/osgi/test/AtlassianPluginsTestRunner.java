// Test-only stand-in for com.atlassian.plugins:atlassian-plugins-osgi-testrunner (version for Platform 8 unverified);
// see src/standins/STANDINS.md
package com.atlassian.plugins.osgi.test;

import org.junit.runner.Description;
import org.junit.runner.Runner;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunNotifier;

/**
 * The real runner (a {@code BlockJUnit4ClassRunner}) sends each test to the test plugin inside a running Jira. This
 * stand-in only lets {@code @RunWith(AtlassianPluginsTestRunner.class)} compile without Atlassian's repository; the
 * build never runs the wired tests, and if JUnit ever did, every test fails saying where they run.
 */
public class AtlassianPluginsTestRunner extends Runner {
    private final Class<?> testClass;

    public AtlassianPluginsTestRunner(Class<?> testClass) {
        this.testClass = testClass;
    }

    @Override
    public Description getDescription() {
        return Description.createSuiteDescription(testClass);
    }

    @Override
    public void run(RunNotifier notifier) {
        notifier.fireTestFailure(new Failure(getDescription(), new IllegalStateException(
                "wired tests run only inside Jira: mvn -Patlassian verify (JDK 21, Atlassian's repository)")));
    }
}
