package io.marketpilot.data.adapter;

import io.marketpilot.data.source.SourceRecord;

/** Turns one source record into zero or more import rows, written to the sink. May keep state across records. */
@FunctionalInterface
interface RowMapper {
    void map(SourceRecord record, Sink sink);
}
