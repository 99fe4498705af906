package io.marketpilot.automation.journey;

import io.marketpilot.automation.segment.Problem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Template variables: a {@code {{name}}} must be a variable every message has (the catalogue's) or a journey
 * variable set on every path to the step that uses it (issuing a coupon sets {@code coupon_code} and
 * {@code coupon_text}). A "must" data-flow analysis: a step's variables are the intersection over its predecessors.
 */
final class VariableCheck {
    static final Set<String> COUPON_VARIABLES = Set.of("coupon_code", "coupon_text");

    private VariableCheck() {}

    static void check(StepReader read, String entry, JourneyCatalogue known, List<Problem> problems) {
        if (entry == null || !read.steps.containsKey(entry)) {
            return;
        }
        Map<String, Set<String>> in = available(read.steps, entry);
        for (StepReader.Use use : read.uses) {
            Set<String> available = use.step() == null ? null : in.get(use.step());
            if (available == null || available.contains(use.variable())
                    || (!use.dataOnly() && known.hasVariable(use.variable()))) {
                continue; // unreachable steps are reported elsewhere
            }
            String where = " set on every path to step \"" + use.step() + "\"";
            String hint = COUPON_VARIABLES.contains(use.variable())
                    ? "; issue a coupon on every path before this step" : "";
            String tail = where + hint + " (available here: " + new TreeSet<>(available) + ")";
            if (use.dataOnly()) {
                problems.add(new Problem(use.path(), "the template needs data." + use.variable() + ", which is not" + tail));
            } else if (COUPON_VARIABLES.contains(use.variable())) {
                problems.add(new Problem(use.path(), "variable \"" + use.variable() + "\" is not" + tail));
            } else {
                problems.add(new Problem(use.path(), "unknown variable \"" + use.variable() + "\": not a message"
                        + " variable (customer.<trait>, " + String.join(", ", messageVariables(known)) + ") nor" + tail));
            }
        }
    }

    /**
     * The journey variables set on every path from {@code entry} to each reachable step (absent: unreachable). A
     * "must" analysis: a step's variables are the intersection over its predecessors.
     */
    static Map<String, Set<String>> available(Map<String, Step> steps, String entry) {
        Map<String, Set<String>> in = new HashMap<>(); // absent = not reached yet (every variable)
        in.put(entry, Set.of());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var e : steps.entrySet()) {
                Set<String> available = in.get(e.getKey());
                if (available == null) {
                    continue;
                }
                Set<String> out = new HashSet<>(available);
                if (e.getValue() instanceof Step.Act a && a.action() instanceof JourneyAction.IssueCoupon) {
                    out.addAll(COUPON_VARIABLES);
                }
                for (String next : e.getValue().next()) {
                    if (next == null || !steps.containsKey(next)) {
                        continue;
                    }
                    Set<String> old = in.get(next);
                    Set<String> merged = old == null ? out : intersect(old, out);
                    if (!next.equals(entry) && !merged.equals(old)) {
                        in.put(next, Set.copyOf(merged));
                        changed = true;
                    }
                }
            }
        }
        return in;
    }

    private static Set<String> messageVariables(JourneyCatalogue known) {
        Set<String> out = new TreeSet<>(JourneyCatalogue.STANDARD_VARIABLES);
        out.addAll(known.variables());
        out.removeIf(v -> v.startsWith("customer."));
        return out;
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }
}
