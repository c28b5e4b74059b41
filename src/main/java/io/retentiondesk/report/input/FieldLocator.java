package io.retentiondesk.report.input;

import io.retentiondesk.core.policy.ExportField;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the ids of the JSM and app fields in one REST export (SPEC §9): by the field's schema type
 * ({@code schema.custom}), then by its English name ({@code names}), then by the id or name the policy gives.
 */
public final class FieldLocator {
    static final String SLA_TYPE = ExportField.SLA_TYPE;

    private final Map<ExportField, String> ids = new EnumMap<>(ExportField.class);
    private final List<String> slaFields = new ArrayList<>();
    private final Map<String, String> names;

    /**
     * @param names      field id → display name ({@code names} of the export), may be empty
     * @param schemaType field id → {@code schema.custom}, may be empty
     * @param fromPolicy logical field → id or name from the policy
     */
    public FieldLocator(Map<String, String> names, Map<String, String> schemaType,
                        Map<ExportField, String> fromPolicy) {
        this.names = Map.copyOf(names);
        for (ExportField f : ExportField.values()) {
            String id = byValue(schemaType, f.typeKey());
            if (id == null) {
                id = byValue(names, f.defaultName());
            }
            if (id == null && fromPolicy.containsKey(f)) {
                String wanted = fromPolicy.get(f);
                id = names.containsKey(wanted) ? wanted : byValue(names, wanted);
                if (id == null) {
                    id = wanted; // an id the names map does not list
                }
            }
            if (id != null) {
                ids.put(f, id);
            }
        }
        schemaType.forEach((id, type) -> {
            if (SLA_TYPE.equals(type)) {
                slaFields.add(id);
            }
        });
        slaFields.sort(null);
    }

    /** The field id, or {@code null} when the export does not carry the field. */
    public String id(ExportField field) {
        return ids.get(field);
    }

    /** Ids of every SLA field ({@code sd-sla-field}) in the export. */
    public List<String> slaFields() {
        return slaFields;
    }

    /** The display name of a field id, or {@code null}. */
    public String name(String fieldId) {
        return names.get(fieldId);
    }

    private static String byValue(Map<String, String> map, String wanted) {
        if (wanted == null) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (e.getValue() != null && e.getValue().trim().toLowerCase(Locale.ROOT)
                    .equals(wanted.trim().toLowerCase(Locale.ROOT))
                    && (found == null || e.getKey().compareTo(found) < 0)) {
                found = e.getKey();
            }
        }
        return found;
    }
}
