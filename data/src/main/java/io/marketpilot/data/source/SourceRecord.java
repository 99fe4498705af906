package io.marketpilot.data.source;

import java.util.Map;

/**
 * The fields of one record, keyed by column name (CSV) or property name (JSONL). CSV values are strings;
 * empty CSV cells are left out, since the wire contract treats blank and absent alike. The map is mutable
 * and owned by the receiver, so adapters may reshape it without copying.
 */
public record SourceRecord(long line, Map<String, Object> fields) implements SourceRow {}
