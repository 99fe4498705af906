package io.marketpilot.automation.journey;

import io.marketpilot.automation.segment.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whole-journey checks of the step graph: every reference names a step, every step is reachable from the entry,
 * an exit is reachable from every step, and no loop runs without a wait (it would never yield).
 */
final class GraphCheck {
    private final StepReader read;
    private final List<Problem> problems;

    GraphCheck(StepReader read, List<Problem> problems) {
        this.read = read;
        this.problems = problems;
    }

    void check(String entry) {
        Map<String, List<String>> edges = new HashMap<>();
        read.steps.keySet().forEach(id -> edges.put(id, new ArrayList<>()));
        for (StepReader.Ref ref : read.refs) {
            if (!read.steps.containsKey(ref.to())) {
                problems.add(new Problem(ref.path(), "no step \"" + ref.to() + "\"; steps are " + read.steps.keySet()));
            } else if (edges.containsKey(ref.from())) {
                edges.get(ref.from()).add(ref.to());
            }
        }
        if (entry == null || !read.steps.containsKey(entry)) {
            return;
        }
        Set<String> reachable = reach(Set.of(entry), edges);
        for (String id : read.steps.keySet()) {
            if (!reachable.contains(id)) {
                problems.add(new Problem(read.pathOf.get(id), "step \"" + id + "\" is unreachable from the entry step \""
                        + entry + "\"; link to it or remove it"));
            }
        }
        exits(reachable, edges);
        waitFreeLoops(reachable, edges);
    }

    private static Set<String> reach(Set<String> from, Map<String, List<String>> edges) {
        Set<String> seen = new LinkedHashSet<>(from);
        Deque<String> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            for (String next : edges.get(todo.pop())) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }

    /** Every reachable step has a path to an exit step. */
    private void exits(Set<String> reachable, Map<String, List<String>> edges) {
        Map<String, List<String>> reverse = new HashMap<>();
        edges.forEach((from, tos) -> tos.forEach(to -> reverse.computeIfAbsent(to, k -> new ArrayList<>()).add(from)));
        Set<String> exits = new LinkedHashSet<>();
        read.steps.forEach((id, s) -> {
            if (s instanceof Step.Exit) {
                exits.add(id);
            }
        });
        if (exits.isEmpty()) {
            problems.add(new Problem("$.steps", "no exit step; add {\"id\": \"done\", \"type\": \"exit\"} and lead the"
                    + " last steps to it"));
            return;
        }
        Set<String> leadToExit = new LinkedHashSet<>(exits);
        Deque<String> todo = new ArrayDeque<>(exits);
        while (!todo.isEmpty()) {
            for (String prev : reverse.getOrDefault(todo.pop(), List.of())) {
                if (leadToExit.add(prev)) {
                    todo.push(prev);
                }
            }
        }
        for (String id : reachable) {
            if (!leadToExit.contains(id)) {
                problems.add(new Problem(read.pathOf.get(id), "no path from step \"" + id + "\" reaches an exit step;"
                        + " customers would stay in the journey forever"));
            }
        }
    }

    /** Reports each loop of steps that do not wait (depth-first search over them, one report per back edge). */
    private void waitFreeLoops(Set<String> reachable, Map<String, List<String>> edges) {
        Map<String, Integer> state = new HashMap<>(); // 1 on the stack, 2 done
        for (String id : reachable) {
            if (!read.steps.get(id).waits() && !state.containsKey(id)) {
                dfs(id, edges, state, new ArrayList<>());
            }
        }
    }

    private void dfs(String id, Map<String, List<String>> edges, Map<String, Integer> state, List<String> stack) {
        state.put(id, 1);
        stack.add(id);
        for (String next : new LinkedHashSet<>(edges.get(id))) {
            if (read.steps.get(next).waits()) {
                continue;
            }
            Integer s = state.get(next);
            if (s == null) {
                dfs(next, edges, state, stack);
            } else if (s == 1) {
                List<String> loop = new ArrayList<>(stack.subList(stack.indexOf(next), stack.size()));
                loop.add(next);
                problems.add(new Problem(read.pathOf.get(id), "steps " + String.join(" → ", loop)
                        + " loop without a wait; put a wait step in the loop"));
            }
        }
        stack.removeLast();
        state.put(id, 2);
    }
}
