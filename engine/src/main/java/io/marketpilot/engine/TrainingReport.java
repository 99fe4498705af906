package io.marketpilot.engine;

import io.marketpilot.core.model.Provenance;
import java.time.Duration;

/** What a training run produced: the model's provenance, how much data it saw, and how long it took. */
public record TrainingReport(String model, long version, long events, long items, Provenance provenance,
                             Duration took) {}
