package io.marketpilot.recommend.evaluation;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import java.time.Instant;
import java.util.Optional;

/** The ranking protocols of EVALUATION.md §2. Each cuts a log into a {@link Split}. */
public sealed interface Protocol permits Protocol.LeaveOneOut, Protocol.TimeSplit {
    String name();

    /** Cuts {@code log}; training pairs are weighted by {@code weights}. */
    Split split(InteractionLog log, EventWeights weights);

    /** Parses {@code loo} or {@code time-split} (with an optional cutoff). */
    static Protocol parse(String name, Optional<Instant> cutoff) {
        return switch (name) {
            case "loo" -> {
                if (cutoff.isPresent()) {
                    throw new IllegalArgumentException("--cutoff applies to the time-split protocol only");
                }
                yield new LeaveOneOut();
            }
            case "time-split" -> new TimeSplit(cutoff);
            default -> throw new IllegalArgumentException("unknown protocol '" + name
                + "': expected loo (temporal leave-one-out) or time-split (global temporal split)");
        };
    }

    /** Temporal leave-one-out: each user's latest pair (≥ 2 distinct items) is the test item. */
    record LeaveOneOut() implements Protocol {
        @Override
        public String name() {
            return "loo";
        }

        @Override
        public Split split(InteractionLog log, EventWeights weights) {
            return LeaveOneOutSplitter.split(log, weights);
        }
    }

    /** Global temporal split at the 80% quantile of event times (or a given cutoff). */
    record TimeSplit(Optional<Instant> cutoff) implements Protocol {
        @Override
        public String name() {
            return "time-split";
        }

        @Override
        public Split split(InteractionLog log, EventWeights weights) {
            return TimeSplitter.split(log, weights, cutoff.map(Instant::toEpochMilli));
        }
    }
}
