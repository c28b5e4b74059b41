package io.retentiondesk.core.policy;

import java.util.List;
import java.util.stream.Collectors;

/** A policy document was rejected; every problem found is listed, not only the first. */
public final class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<PolicyProblem> problems;

    public PolicyException(List<PolicyProblem> problems) {
        super("policy rejected (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "): "
                + problems.stream().map(PolicyProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<PolicyProblem> problems() {
        return problems;
    }
}
