package it.io.retentiondesk;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.plugin.PluginAccessor;
import com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** The app is installed and enabled, and each of its field types is created with Jira's built-in searcher. */
@RunWith(AtlassianPluginsTestRunner.class)
public class AppFieldsWiredTest {
    private final PluginAccessor plugins;
    private final CustomFieldManager customFields;
    private final AppFields fields;

    public AppFieldsWiredTest(PluginAccessor plugins, CustomFieldManager customFields, AppFields fields) {
        this.plugins = plugins;
        this.customFields = customFields;
        this.fields = fields;
    }

    @Test
    public void theAppIsInstalledAndEnabled() {
        assertTrue(plugins.isPluginEnabled(AppField.PLUGIN_KEY));
    }

    @Test
    public void eachFieldTypeIsCreatedWithItsBuiltInSearcher() throws Exception {
        for (AppField field : AppField.values()) {
            CustomFieldType<?, ?> type = customFields.getCustomFieldType(field.completeTypeKey());
            assertNotNull(field.completeTypeKey(), type);
            CustomFieldSearcher searcher = customFields.getCustomFieldSearcher(field.completeSearcherKey());
            assertNotNull(field.completeSearcherKey(), searcher);
            assertTrue(field + " may use " + field.completeSearcherKey(),
                    customFields.getCustomFieldSearchers(type).contains(searcher));
            assertNotNull(field.fieldName(), fields.ensure(field));
        }
    }
}
