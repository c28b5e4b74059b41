package io.retentiondesk.jira.setup;

/** How one item of the setup check stands; the admin page shows each as a lozenge, worst first in its own words. */
public enum SetupState {
    /** Present and working. */
    OK,
    /** Not there yet (a field, a post-function on a transition): the line says where to add it. */
    MISSING,
    /** More than one candidate and no rule picks one; never resolved silently. */
    AMBIGUOUS,
    /** A background job that should be on Jira's scheduler is not. */
    NOT_SCHEDULED,
    /** There, but its last run or its writes failed. */
    FAILING,
    /** A figure worth knowing (customers with a value, the run-as user), not a fault. */
    INFO
}
