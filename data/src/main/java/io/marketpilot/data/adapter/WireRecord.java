package io.marketpilot.data.adapter;

import java.util.Map;

/**
 * A record in the wire contract (DESIGN §3 field names), ready for cleaning and the core parsers. One source row
 * may yield several (an event and, later, the item it mentions). {@code fields} is owned by the receiver.
 */
public record WireRecord(RecordKind kind, String source, long line, Map<String, Object> fields) implements ImportRow {}
