package io.marketpilot.data.source;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Maps flat CSV columns onto the nested wire contract: a column {@code context.device} becomes the key
 * {@code device} of the object {@code context}, and a column {@code context} (or properties, attributes,
 * traits, consent, titles) holding JSON object text becomes that object. Text that is not a JSON object stays
 * a string, so the core parser reports it with its field. Planned once per header, so plain files pay nothing.
 */
final class WireColumns {
    static final Set<String> OBJECT_FIELDS = Set.of("context", "properties", "attributes", "traits", "consent", "titles");

    private final String[] names;
    private final String[] parents;
    private final boolean[] json;
    private final boolean plain;
    private final boolean plainKeys;
    /** No column name repeats, so no two columns put the same key (always so with a header row). */
    private final boolean distinct;

    private WireColumns(String[] names, boolean shaping) {
        this.distinct = Arrays.stream(names).distinct().count() == names.length;
        this.names = names;
        this.parents = new String[names.length];
        this.json = new boolean[names.length];
        boolean anySpecial = false;
        for (int i = 0; shaping && i < names.length; i++) {
            String name = names[i];
            int dot = name.indexOf('.');
            if (dot > 0 && dot < name.length() - 1 && OBJECT_FIELDS.contains(name.substring(0, dot))) {
                parents[i] = name.substring(0, dot);
                this.names[i] = name.substring(dot + 1);
                anySpecial = true;
            } else if (OBJECT_FIELDS.contains(name)) {
                json[i] = true;
                anySpecial = true;
            }
        }
        this.plain = !anySpecial;
        boolean keysPlain = true;
        for (int i = 0; i < names.length; i++) {
            // interned: the parsers look fields up by literal, which then matches by identity
            this.names[i] = this.names[i].intern();
            if (parents[i] != null) {
                parents[i] = parents[i].intern();
            }
            keysPlain &= PlainRecord.isPlain(this.names[i]) && (parents[i] == null || PlainRecord.isPlain(parents[i]));
        }
        this.plainKeys = keysPlain;
    }

    static WireColumns plan(String[] names, boolean shaping) {
        return new WireColumns(names.clone(), shaping);
    }

    /** Whether every key this plan puts is {@linkplain PlainRecord#isPlain plain}. */
    boolean plainKeys() {
        return plainKeys;
    }

    /** Whether column {@code i} holds JSON object text, whose escapes may stand for any character. */
    boolean isJson(int i) {
        return json[i];
    }

    int size() {
        return names.length;
    }

    void put(Map<String, Object> record, int column, String value) {
        if (distinct && record instanceof PlainRecord p) {
            putPlain(p, column, value);
            return;
        }
        if (plain) {
            record.put(names[column], value);
            return;
        }
        String parent = parents[column];
        if (parent != null) {
            Map<String, Object> object = nestedObject(record, parent);
            if (object != null) {
                object.put(names[column], value);
            } else {
                record.put(parent + "." + names[column], value);
            }
        } else if (json[column]) {
            putJson(record, names[column], value);
        } else {
            record.put(names[column], value);
        }
    }

    /**
     * {@link #put} into a plain row: it has no JSON text (a non-empty JSON column makes a row not plain), so a
     * parent holds only the object made here, and distinct columns mean every key is new to its map.
     */
    private void putPlain(PlainRecord record, int column, String value) {
        String parent = parents[column];
        if (parent == null) {
            record.append(names[column], value);
            return;
        }
        PlainRecord object = (PlainRecord) record.get(parent);
        if (object == null) {
            object = PlainRecord.withExpectedSize(4);
            record.append(parent, object);
        }
        object.append(names[column], value);
    }

    private static void putJson(Map<String, Object> record, String name, String value) {
        String trimmed = value.strip();
        if (!trimmed.startsWith("{")) {
            record.put(name, value);
            return;
        }
        Json.objectOrEmpty(trimmed).ifPresentOrElse(object -> {
            // columns like context.device that came before this one are merged, not overwritten
            if (record.get(name) instanceof Map<?, ?> earlier) {
                @SuppressWarnings("unchecked")
                Map<String, Object> nested = (Map<String, Object>) earlier;
                object.putAll(nested);
            }
            record.put(name, object);
        }, () -> record.put(name, value));
    }

    /** The object a dotted column goes into (created on first use), or null when the parent holds a non-object. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> nestedObject(Map<String, Object> record, String parent) {
        Object existing = record.get(parent);
        if (existing == null) {
            Map<String, Object> created = record instanceof PlainRecord ? PlainRecord.withExpectedSize(4) : LinkedHashMap.newLinkedHashMap(4);
            record.put(parent, created);
            return created;
        }
        return existing instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }
}
