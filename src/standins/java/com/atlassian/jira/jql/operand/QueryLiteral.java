// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

public class QueryLiteral {
    private final Operand sourceOperand;
    private final Long longValue;

    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = longValue;
    }

    public Long getLongValue() {
        return longValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }
}
