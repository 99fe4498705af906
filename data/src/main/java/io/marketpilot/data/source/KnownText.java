package io.marketpilot.data.source;

/**
 * A record whose reader saw all of its text, keys and nested values included: {@link #plainText()} says that
 * text normalisation would leave every string as it is, so cleaning may skip the record. The CSV reader's
 * {@link PlainRecord} always is; a JSONL line's {@link PlainFields} is when its reader says so.
 */
public interface KnownText {
    boolean plainText();
}
