package io.retentiondesk.jira.customfield;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.context.ProjectContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.type.ProjectTypeKey;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.retentiondesk.core.policy.ExportField;
import io.retentiondesk.jira.job.ClusterLocks;
import io.retentiondesk.jira.policy.MapPluginSettings;
import io.retentiondesk.jira.policy.SetupProjectsStore;
import io.retentiondesk.jira.setup.CheckedProjects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira's projects and custom fields, mocked on the stand-ins over a small model, so the field set-up, the setup
 * check and the readers meet the same instance: a field applies to a project and issue type when its context
 * covers both, as Jira answers {@code getCustomFieldObjects}. At least as strict as Jira: creating a field without a
 * type, a searcher, a context or an issue-type list fails, as do project contexts of no project; a created field
 * joins the model, so a second set-up sees it. Calls stay on the Mockito mock for {@code verify}.
 */
public final class JiraFields {
    public final CustomFieldManager manager = mock(CustomFieldManager.class);
    public final ProjectManager projectManager = mock(ProjectManager.class);
    public final Map<String, Object> settings = new HashMap<>();
    public final PluginSettingsFactory pluginSettings = MapPluginSettings.over(settings);
    private final List<Project> projects = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();
    private final Map<String, CustomFieldType<?, ?>> types = new LinkedHashMap<>();
    private final Map<String, CustomFieldSearcher> searchers = new LinkedHashMap<>();
    private final ReentrantLock setupLock = new ReentrantLock();
    private final Map<String, RuntimeException> failing = new HashMap<>();
    private int nextId = 10100;

    /** A field and where it applies: projects ({@code null}: all) and issue types ({@code null}: all). */
    private record Field(CustomField field, List<Long> projectIds, List<String> issueTypeIds) {
        boolean appliesTo(Long projectId, String issueTypeId) {
            return (projectIds == null || projectIds.contains(projectId))
                    && (issueTypeIds == null || issueTypeIds.contains(issueTypeId));
        }
    }

    public JiraFields() {
        for (RetentionField f : RetentionField.values()) {
            type(f.typeKey());
        }
        for (ExportField f : ExportField.values()) {
            type(f.typeKey());
        }
        type(ExportField.SLA_TYPE);
        type(RetentionField.Searcher.JIRA_FIELDS + ":select");
        type(RetentionField.Searcher.JIRA_FIELDS + ":float");
        type(RetentionField.Searcher.JIRA_FIELDS + ":textarea");
        for (RetentionField.Searcher s : RetentionField.Searcher.values()) {
            searchers.put(s.completeKey(), mock(CustomFieldSearcher.class, s.completeKey()));
        }
        when(projectManager.getProjectObjects()).thenAnswer(a -> List.copyOf(projects));
        when(manager.getCustomFieldType(anyString())).thenAnswer(a -> types.get(a.<String>getArgument(0)));
        when(manager.getCustomFieldSearcher(anyString())).thenAnswer(a -> searchers.get(a.<String>getArgument(0)));
        when(manager.getCustomFieldObjects(anyLong(), anyString())).thenAnswer(a -> applying(a.getArgument(0),
                a.getArgument(1)));
        when(manager.getCustomFieldObjects(any(Issue.class))).thenAnswer(a -> {
            Issue issue = a.getArgument(0);
            return applying(issue.getProjectId(), issue.getIssueType() == null ? null : issue.getIssueType().getId());
        });
        try {
            when(manager.createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList()))
                    .thenAnswer(a -> create(a.getArgument(0), a.getArgument(2), a.getArgument(3), a.getArgument(4),
                            a.getArgument(5)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A project with issue types named as given (ids "1", "2", … in that order). */
    public Project project(long id, String key, String name, String projectType, String... issueTypeNames) {
        Project p = mock(Project.class);
        when(p.getId()).thenReturn(id);
        when(p.getKey()).thenReturn(key);
        when(p.getName()).thenReturn(name);
        when(p.getProjectTypeKey()).thenReturn(new ProjectTypeKey(projectType));
        List<IssueType> issueTypes = new ArrayList<>();
        for (int i = 0; i < issueTypeNames.length; i++) {
            IssueType t = mock(IssueType.class);
            when(t.getId()).thenReturn(Integer.toString(i + 1));
            when(t.getName()).thenReturn(issueTypeNames[i]);
            issueTypes.add(t);
        }
        when(p.getIssueTypes()).thenReturn(issueTypes);
        projects.add(p);
        return p;
    }

    /** A service project with the usual request issue types. */
    public Project serviceProject(long id, String key) {
        return project(id, key, key + " service desk", CheckedProjects.SERVICE_DESK, "Service request", "Incident");
    }

    /** An existing field of the type, named as given, in the projects ({@code null}: global), all issue types. */
    public CustomField field(String name, String typeKey, Long... projectIds) {
        return field(name, typeKey, projectIds.length == 0 ? null : List.of(projectIds), null);
    }

    public CustomField field(String name, String typeKey, List<Long> projectIds, List<String> issueTypeIds) {
        CustomField cf = mock(CustomField.class, name);
        String id = "customfield_" + nextId++;
        when(cf.getId()).thenReturn(id);
        when(cf.getName()).thenReturn(name);
        when(cf.getUntranslatedName()).thenReturn(name);
        CustomFieldType<?, ?> type = types.get(typeKey);
        if (type == null) {
            throw new IllegalArgumentException("no such field type in this Jira: " + typeKey);
        }
        when(cf.getCustomFieldType()).thenAnswer(a -> type);
        fields.add(new Field(cf, projectIds, issueTypeIds));
        return cf;
    }

    /** A field whose type's app is gone: Jira answers no type for it. */
    public CustomField orphan(String name, Long... projectIds) {
        CustomField cf = mock(CustomField.class, name);
        when(cf.getId()).thenReturn("customfield_" + nextId++);
        when(cf.getUntranslatedName()).thenReturn(name);
        fields.add(new Field(cf, projectIds.length == 0 ? null : List.of(projectIds), null));
        return cf;
    }

    /** Deletes every field of the type. */
    public void remove(String typeKey) {
        fields.removeIf(f -> typeKey.equals(typeOf(f.field())));
    }

    /** Makes the app's type unknown, as when the app's module is disabled. */
    public void withoutType(String typeKey) {
        types.remove(typeKey);
    }

    /** Jira fails to create a field of the type (a database error) until {@link #failsNoMore}. */
    public void failsCreating(String typeKey, RuntimeException error) {
        failing.put(typeKey, error);
    }

    public void failsNoMore() {
        failing.clear();
    }

    /** The fields that exist now, created ones included. */
    public List<CustomField> all() {
        return fields.stream().map(Field::field).toList();
    }

    /** The type key Jira gives the field. */
    public static String typeOf(CustomField cf) {
        return cf.getCustomFieldType() == null ? null : cf.getCustomFieldType().getKey();
    }

    public CustomFieldType<?, ?> type(String typeKey) {
        return types.computeIfAbsent(typeKey, k -> {
            CustomFieldType<?, ?> t = mock(CustomFieldType.class, k);
            when(t.getKey()).thenReturn(k);
            return t;
        });
    }

    public CustomFieldSearcher searcher(RetentionField.Searcher s) {
        return searchers.get(s.completeKey());
    }

    public CheckedProjects serviceProjects() {
        return new CheckedProjects(projectManager, new SetupProjectsStore(pluginSettings));
    }

    public FieldScopes scopes() {
        return new FieldScopes(manager);
    }

    /** The set-up over this Jira, with one cluster lock shared by every set-up made here. */
    public FieldSetup setup() {
        return new FieldSetup(manager, projectManager, serviceProjects(), scopes(), new ClusterLocks(name -> lock()));
    }

    /** The set-up's cluster lock: another thread holding it stands for another node running a set-up. */
    public ReentrantLock setupLock() {
        return setupLock;
    }

    /** What a test does while another node holds the set-up's cluster lock. */
    public interface WhileHeld {
        void run() throws Exception;
    }

    /** Runs {@code body} while a thread standing for another node holds the set-up lock, then lets it go. */
    public void whileAnotherNodeSetsUp(WhileHeld body) throws Exception {
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread otherNode = new Thread(() -> {
            setupLock.lock();
            try {
                held.countDown();
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                setupLock.unlock();
            }
        });
        otherNode.start();
        held.await();
        try {
            body.run();
        } finally {
            done.countDown();
            otherNode.join();
        }
    }

    private com.atlassian.beehive.ClusterLock lock() {
        return new com.atlassian.beehive.ClusterLock() {
            @Override
            public void lock() {
                setupLock.lock();
            }

            @Override
            public void lockInterruptibly() throws InterruptedException {
                setupLock.lockInterruptibly();
            }

            @Override
            public boolean tryLock() {
                return setupLock.tryLock(); // held by another thread (another node): false
            }

            @Override
            public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
                return setupLock.tryLock(time, unit);
            }

            @Override
            public void unlock() {
                setupLock.unlock();
            }

            @Override
            public Condition newCondition() {
                return setupLock.newCondition();
            }
        };
    }

    private List<CustomField> applying(Long projectId, String issueTypeId) {
        return fields.stream().filter(f -> f.appliesTo(projectId, issueTypeId)).map(Field::field).toList();
    }

    private CustomField create(String name, CustomFieldType<?, ?> type, CustomFieldSearcher searcher,
                               List<JiraContextNode> contexts, List<IssueType> issueTypes) {
        if (type == null || !types.containsValue(type)) {
            throw new IllegalArgumentException("createCustomField: no such field type");
        }
        if (searcher == null || !searchers.containsValue(searcher)) {
            throw new IllegalArgumentException("createCustomField: no such searcher");
        }
        if (failing.containsKey(type.getKey())) {
            throw failing.get(type.getKey());
        }
        if (contexts == null || contexts.isEmpty() || issueTypes == null || issueTypes.isEmpty()) {
            throw new IllegalArgumentException("createCustomField: a context and issue types are required");
        }
        List<Long> projectIds = new ArrayList<>();
        for (JiraContextNode c : contexts) {
            if (!(c instanceof ProjectContext pc) || projects.stream().noneMatch(p -> p.getId().equals(pc.getProjectId()))) {
                throw new IllegalArgumentException("createCustomField: a context of no project: " + c);
            }
            projectIds.add(pc.getProjectId());
        }
        List<String> issueTypeIds = issueTypes == FieldConfigSchemeManager.ALL_ISSUE_TYPES
                || issueTypes.contains(null) ? null : issueTypes.stream().map(IssueType::getId).toList();
        return field(name, type.getKey(), projectIds, issueTypeIds);
    }

    /** The project contexts of a create call, as project ids. */
    public static Set<Long> projectIds(List<JiraContextNode> contexts) {
        return contexts.stream().map(c -> ((ProjectContext) c).getProjectId())
                .collect(java.util.stream.Collectors.toSet());
    }
}
