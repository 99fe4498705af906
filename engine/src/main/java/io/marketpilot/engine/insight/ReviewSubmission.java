package io.marketpilot.engine.insight;

import io.marketpilot.engine.ingest.IngestResult;

/** The outcome of {@code POST /v1/reviews}: the ingest counts and how many reviews were analysed now. */
public record ReviewSubmission(IngestResult ingest, int analysed) {
}
