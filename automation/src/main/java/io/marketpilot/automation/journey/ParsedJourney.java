package io.marketpilot.automation.journey;

import io.marketpilot.automation.segment.Problem;
import java.util.List;

/** The outcome of reading a journey: a valid definition, or every problem found (nothing partial). */
public sealed interface ParsedJourney {
    /** The problems; empty for a valid definition. */
    List<Problem> problems();

    record Valid(JourneyDefinition definition) implements ParsedJourney {
        public List<Problem> problems() {
            return List.of();
        }
    }

    record Invalid(List<Problem> problems) implements ParsedJourney {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid journey has at least one problem");
            }
        }
    }

    /** The definition of a valid journey; fails listing the problems otherwise. */
    default JourneyDefinition orThrow() {
        if (this instanceof Valid v) {
            return v.definition();
        }
        throw new IllegalArgumentException("invalid journey: " + problems());
    }
}
