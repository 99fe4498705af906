package io.marketpilot.engine.journey;

import java.util.List;

/**
 * What migrating a journey's waiting runs from version {@code from} to {@code to} did (or, for a dry run, would
 * do). Refused ({@code blockers} not empty): nothing moved. Otherwise {@code migrated} runs moved, by step in
 * {@code moves}; {@code staying} runs that already exited stay on {@code from} until their attribution window ends.
 */
public record JourneyMigrated(String journey, int from, int to, boolean dryRun, long migrated, long staying,
                              List<Move> moves, List<Blocker> blockers) {
    public JourneyMigrated {
        moves = List.copyOf(moves);
        blockers = List.copyOf(blockers);
    }

    public boolean refused() {
        return !blockers.isEmpty();
    }

    /** {@code runs} go from {@code fromStep} to {@code toStep}; {@code retimed} of them got a new wake-up. */
    public record Move(String fromStep, String toStep, long runs, long retimed) {}

    /** A step of {@code from} that blocks the migration, the runs waiting in it, and why. */
    public record Blocker(String step, long runs, String reason) {}
}
