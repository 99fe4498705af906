package io.marketpilot.automation.segment;

import io.marketpilot.core.event.EventType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads an event filter: {@code {"type": "purchase", "item": [...], "category": "手机"}}, each a string or list. */
final class FilterReader {
    private final List<Problem> problems;

    FilterReader(List<Problem> problems) {
        this.problems = problems;
    }

    EventFilter read(Object raw, String path) {
        if (!(raw instanceof Map<?, ?> object)) {
            problems.add(new Problem(path, "expected an event filter object like {\"type\": \"purchase\","
                    + " \"category\": \"手机\"} ({} matches every event), found " + JsonShapes.found(raw)));
            return null;
        }
        int before = problems.size();
        JsonShapes.onlyKnown(object, Set.of("type", "item", "category"), path, problems);
        Set<EventType> types = new LinkedHashSet<>();
        for (String t : strings(object.get("type"), path + ".type")) {
            var type = EventType.fromWire(t);
            if (type.isPresent()) {
                types.add(type.get());
            } else {
                problems.add(new Problem(path + ".type", "unknown event type \"" + t + "\"; expected one of "
                        + EventType.ACCEPTED));
            }
        }
        Set<String> items = new LinkedHashSet<>(strings(object.get("item"), path + ".item"));
        Set<String> categories = new LinkedHashSet<>(strings(object.get("category"), path + ".category"));
        return problems.size() == before ? new EventFilter(types, items, categories) : null;
    }

    private List<String> strings(Object raw, String path) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        List<?> list = raw instanceof List<?> l ? l : List.of(raw);
        if (list.isEmpty()) {
            problems.add(new Problem(path, "expected a string or a non-empty list of strings, found an empty list"));
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof String s && !s.isBlank()) {
                out.add(s);
            } else {
                problems.add(new Problem(raw instanceof List<?> ? path + "[" + i + "]" : path,
                        "expected a non-blank string, found " + JsonShapes.found(list.get(i))));
            }
        }
        return out;
    }
}
