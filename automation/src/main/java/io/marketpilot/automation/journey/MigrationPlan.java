package io.marketpilot.automation.journey;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What migrating a journey's waiting runs from one version to another does: either every run moves
 * ({@link Planned}) or none does ({@link Refused}, with every step that blocks it).
 */
public sealed interface MigrationPlan {

    /** Every blocking step, with how many runs wait in it and why it blocks; nothing is migrated. */
    record Refused(List<Blocker> blockers) implements MigrationPlan {
        public Refused {
            blockers = List.copyOf(blockers);
        }
    }

    /**
     * Every run moves: {@code moves} holds one transition per run (its new state and a {@link JourneyEffect.Migrated}
     * effect), in the order the runs were given.
     */
    record Planned(List<Move> moves) implements MigrationPlan {
        public Planned {
            moves = List.copyOf(moves);
        }

        /** How many runs go from each step to each step ({@code "from -> to"}), sorted. */
        public Map<String, Long> counts() {
            Map<String, Long> out = new TreeMap<>();
            for (Move m : moves) {
                out.merge(m.before().stepId() + " -> " + m.after().stepId(), 1L, Long::sum);
            }
            return out;
        }
    }

    /** A step of the old version that blocks the migration: {@code runs} wait in it (0 for a bad mapping). */
    record Blocker(String step, long runs, String reason) {}

    /** One run's move; {@code retimed} when its wake-up was recomputed for the new step. */
    record Move(JourneyRun before, Transition transition, boolean retimed) {
        public JourneyRun after() {
            return transition.run();
        }
    }
}
