package io.marketpilot.engine.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Reads YAML text into {@link ConfigNode}s with their lines, through Jackson's streaming YAML parser (no data
 * binding: the key types decide meaning). Duplicate keys are problems; invalid YAML is one problem at its line.
 */
final class YamlTree {
    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlTree() {
    }

    /** The document's root (an empty mapping for an empty document), or null after adding a problem. */
    static ConfigNode parse(String text, IntFunction<Origin> at, List<ConfigProblem> problems) {
        try (JsonParser p = YAML.createParser(text)) {
            if (p.nextToken() == null) {
                return new ConfigNode.Mapping(Map.of(), at.apply(1));
            }
            return node(p, at, problems);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String what = e.getOriginalMessage().lines().filter(l -> !l.isBlank() && !l.startsWith(" "))
                    .collect(java.util.stream.Collectors.joining("; "));
            problems.add(new ConfigProblem(at.apply(line), "", "not valid YAML: " + what
                    + " (check the indentation and quote values that contain ': ' or start with a special character)"));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConfigNode node(JsonParser p, IntFunction<Origin> at, List<ConfigProblem> problems)
            throws IOException {
        Origin origin = at.apply(p.currentTokenLocation().getLineNr());
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, ConfigNode.Field> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                Origin keyOrigin = at.apply(p.currentTokenLocation().getLineNr());
                p.nextToken();
                ConfigNode value = node(p, at, problems);
                ConfigNode.Field first = fields.get(key);
                if (first != null) {
                    problems.add(new ConfigProblem(keyOrigin, key, "duplicate key; it is already set at "
                            + first.keyOrigin().label() + " (keep one)"));
                } else {
                    fields.put(key, new ConfigNode.Field(key, keyOrigin, value));
                }
            }
            return new ConfigNode.Mapping(fields, origin);
        }
        if (t == JsonToken.START_ARRAY) {
            List<ConfigNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(p, at, problems));
            }
            return new ConfigNode.Sequence(items, origin);
        }
        if (t == JsonToken.VALUE_NULL) {
            return new ConfigNode.Scalar("", true, origin);
        }
        return new ConfigNode.Scalar(p.getText(), false, origin);
    }
}
