// Compile-only stand-in for com.atlassian.query (jira-api 11.x); see src/standins/STANDINS.md
package com.atlassian.query.operand;

import java.util.Collection;
import java.util.List;

public final class FunctionOperand implements Operand {
    private final String name;
    private final List<String> args;

    public FunctionOperand(String name) {
        this(name, List.of());
    }

    public FunctionOperand(String name, String... args) {
        this(name, List.of(args));
    }

    public FunctionOperand(String name, Collection<String> args) {
        this.name = name;
        this.args = List.copyOf(args);
    }

    @Override
    public String getName() {
        return name;
    }

    public List<String> getArgs() {
        return args;
    }
}
