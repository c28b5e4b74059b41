package io.retentiondesk.report;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The app jar as a command: {@code java -jar retention-desk-<v>.jar report|calibrate|demo|bench|generate}. Previews the
 * policy on an export of real tickets without Jira.
 */
@Command(name = "retention-desk", mixinStandardHelpOptions = true, versionProvider = RetentionDeskCommand.Version.class,
        description = "Satisfaction scores, value tiers, complaint callbacks and churn-risk flags for Jira Service "
                + "Management exports, computed offline.",
        subcommands = {ReportCommand.class, CalibrateCommand.class, DemoCommand.class, BenchCommand.class,
            GenerateCommand.class})
public final class RetentionDeskCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new RetentionDeskCommand()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RetentionDeskCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Retention Desk " + (v == null ? "(development build)" : v)};
        }
    }
}
