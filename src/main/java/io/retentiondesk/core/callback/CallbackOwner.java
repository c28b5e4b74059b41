package io.retentiondesk.core.callback;

/** Who is asked to make the callback. */
public enum CallbackOwner {
    /** The agent who resolved the complaint. */
    RESOLVER,
    /** The user in a user-picker field named by the policy. */
    USER_FIELD,
    /** The members of a project role named by the policy. */
    PROJECT_ROLE
}
