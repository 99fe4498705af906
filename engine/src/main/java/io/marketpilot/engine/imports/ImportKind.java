package io.marketpilot.engine.imports;

/** What a file import loads. Named dataset formats may load items (and customers) beside events. */
public enum ImportKind { EVENTS, ITEMS, CUSTOMERS }
