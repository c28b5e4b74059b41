// Compile-only stand-in for com.atlassian.jira:jira-api:11.x; see src/standins/STANDINS.md
package com.atlassian.jira.issue;

import com.atlassian.jira.event.type.EventDispatchOption;

public final class UpdateIssueRequest {
    private final EventDispatchOption eventDispatchOption;
    private final boolean sendMail;

    private UpdateIssueRequest(EventDispatchOption eventDispatchOption, boolean sendMail) {
        this.eventDispatchOption = eventDispatchOption;
        this.sendMail = sendMail;
    }

    public static UpdateIssueRequestBuilder builder() {
        return new UpdateIssueRequestBuilder();
    }

    public EventDispatchOption getEventDispatchOption() {
        return eventDispatchOption;
    }

    public boolean isSendMail() {
        return sendMail;
    }

    public static class UpdateIssueRequestBuilder {
        private EventDispatchOption eventDispatchOption;
        private boolean sendMail = true;

        public UpdateIssueRequestBuilder eventDispatchOption(EventDispatchOption eventDispatchOption) {
            this.eventDispatchOption = eventDispatchOption;
            return this;
        }

        public UpdateIssueRequestBuilder sendMail(boolean sendMail) {
            this.sendMail = sendMail;
            return this;
        }

        public UpdateIssueRequest build() {
            return new UpdateIssueRequest(eventDispatchOption, sendMail);
        }
    }
}
