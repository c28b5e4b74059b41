package io.retentiondesk.jira.setup;

import com.atlassian.jira.project.Project;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.SetupProjectsStore;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckedProjectsTest {
    @Test
    void theServiceProjectsAreCheckedByKeyAndNoOther() {
        Projects projects = new Projects();
        projects.add("software", "DEV", "Development");
        projects.add("service_desk", "SUP", "Support");
        projects.add("business", "HRB", "HR tasks");
        projects.add("service_desk", "HR", "HR help desk");
        assertThat(projects.checked().projects()).extracting(Project::getKey).containsExactly("HR", "SUP");
        assertThat(projects.checked().choiceMade()).isFalse();
    }

    /** Once chosen at Set up fields, those projects are checked (the field set-up and every part alike). */
    @Test
    void theProjectsChosenAtSetUpFieldsAreCheckedWithoutOnesDeletedSince() {
        Projects projects = new Projects();
        Project sup = projects.add("service_desk", "SUP", "Support");
        projects.add("service_desk", "HR", "HR help desk");
        Project it = projects.add("service_desk", "IT", "IT help desk");
        CheckedProjects checked = new CheckedProjects(projects.manager(),
                new SetupProjectsStore(MapPluginSettings.over(new HashMap<>())));
        checked.choose(List.of(sup.getId(), it.getId(), 99_999L));
        assertThat(checked.choiceMade()).isTrue();
        assertThat(checked.projects()).extracting(Project::getKey).containsExactly("IT", "SUP");
        assertThat(checked.serviceProjects()).extracting(Project::getKey).containsExactly("HR", "IT", "SUP");
    }
}
