package io.marketpilot.features.identity;

import io.marketpilot.core.id.EventId;
import java.time.Instant;

/** One merge in the log: the anonymous actor key folded into the customer's, by which identify event, when. */
public record MergeRecord(String anonymousKey, String customerKey, EventId byEvent, Instant at) {}
