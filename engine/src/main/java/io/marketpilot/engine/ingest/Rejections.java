package io.marketpilot.engine.ingest;

import io.marketpilot.data.cleaning.Rejection;
import java.util.List;

/** Maps the cleaners' batch-relative rejections to the engine's, shifted by where the batch started. */
public final class Rejections {
    private Rejections() {}

    public static List<IngestResult.Rejection> of(List<Rejection> rejections, long offset) {
        return rejections.stream().map(r -> new IngestResult.Rejection(offset + r.index(), r.errors())).toList();
    }
}
