package io.marketpilot.engine.journey;

import io.marketpilot.automation.segment.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A journey definition with problems, each with its JSON path; nothing was saved. */
public final class InvalidJourneyException extends IllegalArgumentException {
    private final transient List<Problem> problems;

    public InvalidJourneyException(List<Problem> problems) {
        super("invalid journey: " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
