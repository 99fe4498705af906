package io.marketpilot.data.cleaning;

import java.util.List;

/** The outcome of cleaning a batch of item or customer records: the valid ones in input order, and the rejections. */
public record Cleaned<T>(List<T> accepted, List<Rejection> rejections) {
    public Cleaned {
        accepted = List.copyOf(accepted);
        rejections = List.copyOf(rejections);
    }
}
