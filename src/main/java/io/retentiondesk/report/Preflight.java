package io.retentiondesk.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every check that can refuse a run, made before anything is read or written (SPEC §11 "Bad input, settled"):
 * the as-of time, the output folder, then each input file. A refusal is one line naming the file and what was
 * expected.
 */
final class Preflight {
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    static final List<String> OUTPUTS = List.of("report.json", "report.html");

    private final Messages messages;
    private final List<String> outputs;

    Preflight(Messages messages) {
        this(messages, OUTPUTS);
    }

    /** @param outputs the names of the files the run writes into its output folder */
    Preflight(Messages messages, List<String> outputs) {
        this.messages = messages;
        this.outputs = List.copyOf(outputs);
    }

    /** @return the refusal line, or empty when the run may go ahead */
    Optional<String> refusal(ReportInputs in, Path policy, Instant asOf, Path out) {
        if (asOf.isBefore(EARLIEST) || !asOf.isBefore(LATEST)) {
            return Optional.of(messages.get("retention.cli.refuse.asOf", asOf));
        }
        Optional<String> outProblem = outFolder(out);
        if (outProblem.isPresent()) {
            return outProblem;
        }
        List<Object[]> files = new ArrayList<>();
        in.issues().forEach(p -> files.add(new Object[] {"--issues", p}));
        in.csv().forEach(p -> files.add(new Object[] {"--csv", p}));
        if (in.values() != null) {
            files.add(new Object[] {"--values", in.values()});
        }
        if (in.callbacks() != null) {
            files.add(new Object[] {"--callbacks", in.callbacks()});
        }
        if (policy != null) {
            files.add(new Object[] {"--policy", policy});
        }
        for (Object[] f : files) {
            Optional<String> problem = input((String) f[0], (Path) f[1], out);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private Optional<String> input(String option, Path file, Path out) {
        if (!Files.exists(file)) {
            return Optional.of(messages.get("retention.cli.refuse.missing", option, file));
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(messages.get("retention.cli.refuse.notFile", option, file));
        }
        if (!Files.isReadable(file)) {
            return Optional.of(messages.get("retention.cli.refuse.unreadable", option, file));
        }
        for (String name : outputs) {
            if (same(file, out.resolve(name))) {
                return Optional.of(messages.get("retention.cli.refuse.isOutput", option, file, name));
            }
        }
        return Optional.empty();
    }

    /** @return the refusal of an output folder that is a file, lies under one or cannot be written */
    Optional<String> outFolder(Path out) {
        Path existing = out.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return Optional.of(messages.get("retention.cli.refuse.outNotFolder", out,
                    existing == null ? out : existing));
        }
        if (!Files.isWritable(existing)) {
            return Optional.of(messages.get("retention.cli.refuse.outNotWritable", out, existing));
        }
        return Optional.empty();
    }

    private static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
