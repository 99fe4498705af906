package io.marketpilot.automation.journey;

import io.marketpilot.automation.segment.Problem;
import java.util.List;

/**
 * Reads a journey definition from JSON-like values (maps from Jackson) and validates it whole against what the
 * shop has ({@link JourneyCatalogue}); every problem is reported with its JSON path. The language is described in
 * docs/journeys.md.
 */
public final class JourneyParser {

    /** Parses a definition; its {@code version} defaults to 1. */
    public ParsedJourney parse(Object json, JourneyCatalogue known) {
        return new ParsedJourney.Invalid(List.of(new Problem("$", "journey parsing is not implemented yet")));
    }

    /**
     * Parses a new version of {@code current}: the id is kept (a different {@code id} in the JSON is a problem),
     * and the version is {@code current.version() + 1}.
     */
    public ParsedJourney parseRevision(Object json, JourneyCatalogue known, JourneyDefinition current) {
        return parse(json, known);
    }
}
