package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.EventMatch;
import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.automation.journey.JourneyEffect;
import io.marketpilot.automation.journey.JourneyRun;
import io.marketpilot.automation.journey.Step;
import io.marketpilot.automation.journey.Transition;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes one transition inside the caller's transaction: the run's new row (with its timer), an intent per
 * {@link JourneyEffect.Perform} and a log line per effect. Because all three commit together, a crash leaves
 * either the run before the transition (which is then replayed, deciding the same keys) or after it with its
 * intents pending.
 */
final class TransitionWriter {
    private TransitionWriter() {
    }

    /** Applies {@code t} to the run {@code before} (null for an entry); returns the run's row now. */
    static RunRow apply(Connection c, JourneyDefinition d, RunRow before, Transition t, String customer, Instant now)
            throws SQLException {
        JourneyRun after = t.run();
        Instant exitedAt = null;
        Instant convertedAt = null;
        String exitReason = null;
        for (JourneyEffect e : t.effects()) {
            if (e instanceof JourneyEffect.Exited x) {
                exitedAt = x.at();
                exitReason = x.reason();
            } else if (e instanceof JourneyEffect.Converted v) {
                convertedAt = v.at();
            }
        }
        RunRow row;
        if (after != null) {
            row = new RunRow(after, true, waitingFor(d, after), exitedAt, convertedAt);
        } else {
            JourneyRun last = before != null ? before.state() : finishedAtEntry(d, t.runId(), customer, now, exitReason);
            if (last.active()) {
                last = new JourneyRun(last.runId(), last.journeyId(), last.version(), last.customerKey(), null,
                        last.enteredAt(), now, null, last.arm(), null, last.variables(), last.sequence(),
                        last.converted() || convertedAt != null, exitReason == null ? "finished" : exitReason);
            } else if (convertedAt != null && !last.converted()) {
                last = new JourneyRun(last.runId(), last.journeyId(), last.version(), last.customerKey(), null,
                        last.enteredAt(), last.stepAt(), null, last.arm(), null, last.variables(), last.sequence(),
                        true, last.exitReason());
            }
            row = new RunRow(last, false, null, exitedAt, convertedAt);
        }
        RunTable.write(c, row);
        List<LogTable.Line> lines = new ArrayList<>();
        for (JourneyEffect e : t.effects()) {
            switch (e) {
                case JourneyEffect.Perform p -> {
                    IntentTable.add(c, row.state(), p.idempotencyKey(), p.action(), now);
                    lines.add(new LogTable.Line(row.state(), "action", p.stepId(),
                            ActionCodec.kind(p.action()) + " " + p.idempotencyKey(), now));
                }
                case JourneyEffect.Entered x -> lines.add(new LogTable.Line(row.state(), "entered", null, null, x.at()));
                case JourneyEffect.StepEntered x -> lines.add(new LogTable.Line(row.state(), "step", x.stepId(), null,
                        x.at()));
                case JourneyEffect.ArmAssigned x -> lines.add(new LogTable.Line(row.state(), "arm", x.stepId(), x.arm(),
                        x.at()));
                case JourneyEffect.Skipped x -> lines.add(new LogTable.Line(row.state(), "skipped", x.stepId(),
                        x.reason(), now));
                case JourneyEffect.Converted x -> lines.add(new LogTable.Line(row.state(), "converted", null, null,
                        x.at()));
                case JourneyEffect.Exited x -> lines.add(new LogTable.Line(row.state(), "exited", null, x.reason(),
                        x.at()));
                case JourneyEffect.Migrated x -> lines.add(new LogTable.Line(row.state(), "migrated", x.toStep(),
                        "v" + x.fromVersion() + " " + x.fromStep() + " -> v" + x.toVersion() + " " + x.toStep()
                                + ", wakes at " + x.wakeAt(), x.at()));
                case JourneyEffect.WakeAt x -> {
                    // the timer is the row's wake_at
                }
            }
        }
        LogTable.append(c, lines);
        return row;
    }

    /** What a run parked at its step waits for, in words (for "where is this customer and why"). */
    static String waitingFor(JourneyDefinition d, JourneyRun run) {
        if (!run.active()) {
            return run.wakeAt() == null ? null : "the end of the attribution window (a conversion still counts)";
        }
        if (run.awaiting() != null) {
            return "the result of action " + run.awaiting();
        }
        return switch (d.step(run.stepId())) {
            case Step.Wait w -> "a wait of " + w.duration().toString().substring(2).toLowerCase(Locale.ROOT);
            case Step.WaitUntil u -> "local time " + u.at();
            case Step.WaitForEvent w -> "an event (" + describe(w.match()) + ") or the timeout";
            case Step.Split s -> "the end of the holdout window";
            default -> null;
        };
    }

    private static String describe(EventMatch m) {
        String types = m.filter().types().isEmpty() ? "any type"
                : m.filter().types().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted()
                        .collect(Collectors.joining(" or "));
        return m.properties().isEmpty() ? types : types + " with " + m.properties();
    }

    /** A run that exited within its entry transition, with nothing left to wait for: kept for history and policy. */
    private static JourneyRun finishedAtEntry(JourneyDefinition d, String runId, String customer, Instant now,
                                              String reason) {
        return new JourneyRun(runId, d.id(), d.version(), customer, null, now, now, null, null, null,
                Map.of(), 0, false, reason == null ? "finished" : reason);
    }
}
