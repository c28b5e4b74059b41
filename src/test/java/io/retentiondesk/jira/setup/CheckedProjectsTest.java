package io.retentiondesk.jira.setup;

import com.atlassian.jira.project.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckedProjectsTest {
    @Test
    void theServiceProjectsAreCheckedByKeyAndNoOther() {
        Projects projects = new Projects();
        projects.add("software", "DEV", "Development");
        projects.add("service_desk", "SUP", "Support");
        projects.add("business", "HRB", "HR tasks");
        projects.add("service_desk", "HR", "HR help desk");
        assertThat(new CheckedProjects(projects.manager()).projects()).extracting(Project::getKey).containsExactly("HR", "SUP");
    }
}
