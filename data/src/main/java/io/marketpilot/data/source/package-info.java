/**
 * Reading files into records, one {@link io.marketpilot.data.source.SourceRow} per record: the fields of a
 * CSV row or JSONL object with the physical line it starts on, or a {@link io.marketpilot.data.source.ReadProblem}
 * for that line. Entry point: {@link io.marketpilot.data.source.Sources}. Invariants: files are streamed (memory is
 * bounded by the longest record), gzip and a UTF-8 BOM are handled transparently, one bad record never ends a file.
 * JSONL lines are read from their bytes; such records are {@link io.marketpilot.data.source.PlainFields}, which say
 * whether any of their text could need normalising.
 */
package io.marketpilot.data.source;
