package io.marketpilot.automation.journey;

import java.util.LinkedHashMap;
import java.util.Map;

/** Decides an action step: perform (rendered, with its idempotency key) or skip, and whether the run awaits it. */
final class Actions {
    record Decision(JourneyEffect effect, boolean awaits) {}

    private Actions() {}

    static Decision decide(JourneyDefinition d, JourneyRun run, Step.Act act, CustomerView view) {
        if (run.holdout()) {
            return new Decision(new JourneyEffect.Skipped(act.id(), "holdout"), false);
        }
        if (act.action() instanceof JourneyAction.SendMessage m && m.minUplift() != null && view.uplift().isPresent()
                && view.uplift().getAsDouble() < m.minUplift()) {
            return new Decision(new JourneyEffect.Skipped(act.id(), "predicted uplift " + view.uplift().getAsDouble()
                    + " is below " + m.minUplift()), false);
        }
        JourneyAction action = render(d, run, act.action(), view);
        return new Decision(new JourneyEffect.Perform(action, RunIds.key(run, act.id()), act.id()),
                act.action() instanceof JourneyAction.IssueCoupon);
    }

    /** The action with every {@code {{var}}} the run knows filled in; message data gets the run's variables. */
    static JourneyAction render(JourneyDefinition d, JourneyRun run, JourneyAction action, CustomerView view) {
        java.util.function.Function<String, String> values = name -> value(d, run, name, view);
        return switch (action) {
            case JourneyAction.SendMessage m -> {
                Map<String, String> data = new LinkedHashMap<>(run.variables());
                data.putAll(TemplateVariables.fill(m.data(), values));
                yield new JourneyAction.SendMessage(m.channel(), m.template(), m.purpose(), data, m.minUplift());
            }
            case JourneyAction.CallWebhook w -> new JourneyAction.CallWebhook(w.channel(),
                    TemplateVariables.fill(w.payload(), values));
            case JourneyAction.SetTrait t when t.value() instanceof String s ->
                    new JourneyAction.SetTrait(t.trait(), TemplateVariables.fill(s, values));
            default -> action;
        };
    }

    private static String value(JourneyDefinition d, JourneyRun run, String name, CustomerView view) {
        if (run.variables().containsKey(name)) {
            return run.variables().get(name);
        }
        return switch (name) {
            case "journey.id" -> d.id().value();
            case "journey.version" -> Integer.toString(d.version());
            case "run.id" -> run.runId();
            case "customer.id" -> run.customerKey();
            default -> {
                if (name.startsWith("customer.")) {
                    Object v = view.facts().trait(name.substring(9));
                    yield v == null ? null : PropertyText.of(v);
                }
                yield null;
            }
        };
    }
}
