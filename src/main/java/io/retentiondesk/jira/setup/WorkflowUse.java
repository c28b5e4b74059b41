package io.retentiondesk.jira.setup;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one workflow holds the app's post-functions and validator, read from its OSWorkflow descriptor as Jira
 * stores it: a plugin's function or validator is {@code type="class"} with the implementing class in the
 * {@code class.name} argument. Every transition is read (initial, global, common and each step's), every place a
 * post-function can sit (the transition's own, its unconditional and conditional results) and a validator (the
 * transition's, its results'), as Jira's own code walks a workflow's post-functions.
 */
public final class WorkflowUse {
    static final String CLASS_NAME = "class.name";
    /** Jira's "Creates the issue originally" post-function of the Create transition. */
    static final String ISSUE_CREATE_FUNCTION = "com.atlassian.jira.workflow.function.issue.IssueCreateFunction";

    private final Map<AppWorkflowModule, Set<String>> onCreate = new EnumMap<>(AppWorkflowModule.class);
    private final Map<AppWorkflowModule, Set<String>> onLater = new EnumMap<>(AppWorkflowModule.class);
    private boolean tierAfterCreate;

    private WorkflowUse() {
        for (AppWorkflowModule m : AppWorkflowModule.values()) {
            onCreate.put(m, new LinkedHashSet<>());
            onLater.put(m, new LinkedHashSet<>());
        }
    }

    public static WorkflowUse of(WorkflowDescriptor descriptor) {
        WorkflowUse use = new WorkflowUse();
        Map<Integer, ActionDescriptor> initial = new LinkedHashMap<>();
        actions(descriptor.getInitialActions()).forEach(a -> initial.put(a.getId(), a));
        Map<Integer, ActionDescriptor> later = new LinkedHashMap<>();
        actions(descriptor.getGlobalActions()).forEach(a -> later.putIfAbsent(a.getId(), a));
        actions(descriptor.getCommonActions().values()).forEach(a -> later.putIfAbsent(a.getId(), a));
        for (Object step : descriptor.getSteps()) {
            if (step instanceof StepDescriptor s) {
                actions(s.getActions()).forEach(a -> later.putIfAbsent(a.getId(), a));
            }
        }
        initial.values().forEach(a -> use.read(a, use.onCreate));
        later.values().forEach(a -> use.read(a, use.onLater));
        use.tierAfterCreate = initial.values().stream().anyMatch(WorkflowUse::tierAfterCreate);
        return use;
    }

    /** The Create transitions holding it. */
    public Set<String> onCreate(AppWorkflowModule module) {
        return onCreate.get(module);
    }

    /** The later transitions (not Create) holding it, by name, in the workflow's order. */
    public Set<String> onLaterTransitions(AppWorkflowModule module) {
        return onLater.get(module);
    }

    /** Whether it is where it belongs: on Create, or on at least one later transition. */
    public boolean placed(AppWorkflowModule module) {
        return module.placement() == AppWorkflowModule.Placement.CREATE ? !onCreate(module).isEmpty()
                : !onLaterTransitions(module).isEmpty();
    }

    /** The transitions holding it where it belongs. */
    public Set<String> transitions(AppWorkflowModule module) {
        return module.placement() == AppWorkflowModule.Placement.CREATE ? onCreate(module) : onLaterTransitions(module);
    }

    /** Whether any of the app's post-functions or its validator is anywhere in the workflow. */
    public boolean holdsAny() {
        return onCreate.values().stream().anyMatch(s -> !s.isEmpty()) || onLater.values().stream().anyMatch(s -> !s.isEmpty());
    }

    /** Whether Assign customer tier comes after "Creates the issue originally" on Create, so its fields are not saved. */
    public boolean tierAfterCreate() {
        return tierAfterCreate;
    }

    private void read(ActionDescriptor action, Map<AppWorkflowModule, Set<String>> into) {
        List<String> functions = new ArrayList<>(classNames(action.getPostFunctions()));
        List<String> validators = new ArrayList<>(classNames(action.getValidators()));
        for (ResultDescriptor result : results(action)) {
            functions.addAll(classNames(result.getPostFunctions()));
            validators.addAll(classNames(result.getValidators()));
        }
        for (AppWorkflowModule m : AppWorkflowModule.values()) {
            List<String> found = m.kind() == AppWorkflowModule.Kind.VALIDATOR ? validators : functions;
            if (found.contains(m.className())) {
                into.get(m).add(String.valueOf(action.getName()));
            }
        }
    }

    private static boolean tierAfterCreate(ActionDescriptor create) {
        for (ResultDescriptor result : results(create)) {
            List<String> functions = classNames(result.getPostFunctions());
            int tier = functions.indexOf(AppWorkflowModule.ASSIGN_CUSTOMER_TIER.className());
            int created = functions.indexOf(ISSUE_CREATE_FUNCTION);
            if (tier >= 0 && created >= 0 && tier > created) {
                return true;
            }
        }
        return false;
    }

    private static List<ResultDescriptor> results(ActionDescriptor action) {
        List<ResultDescriptor> results = new ArrayList<>();
        if (action.getUnconditionalResult() != null) {
            results.add(action.getUnconditionalResult());
        }
        for (Object r : action.getConditionalResults()) {
            if (r instanceof ResultDescriptor result) {
                results.add(result);
            }
        }
        return results;
    }

    /** The {@code class.name} of each function or validator in a descriptor's raw list, in order. */
    private static List<String> classNames(List<?> descriptors) {
        List<String> names = new ArrayList<>();
        for (Object d : descriptors == null ? List.of() : descriptors) {
            Map<?, ?> args = d instanceof FunctionDescriptor f ? f.getArgs()
                    : d instanceof ValidatorDescriptor v ? v.getArgs() : Map.of();
            Object name = args.get(CLASS_NAME);
            names.add(name == null ? "" : name.toString().trim());
        }
        return names;
    }

    private static List<ActionDescriptor> actions(Collection<?> raw) {
        List<ActionDescriptor> actions = new ArrayList<>();
        for (Object a : raw == null ? List.of() : raw) {
            if (a instanceof ActionDescriptor action) {
                actions.add(action);
            }
        }
        return actions;
    }
}
