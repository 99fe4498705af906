package io.marketpilot.data.adapter;

/** What a wire record describes, i.e. which core parser reads it. */
public enum RecordKind { EVENT, ITEM, CUSTOMER }
