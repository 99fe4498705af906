package io.marketpilot.automation.segment;

import java.util.List;

/** The outcome of reading a definition: valid, or every problem found (nothing partial). */
public sealed interface Parsed {
    record Valid(SegmentDefinition definition) implements Parsed {}

    record Invalid(List<Problem> problems) implements Parsed {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
