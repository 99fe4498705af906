/**
 * Import adapters: turn the rows of a file format or a named public dataset into wire records of the DESIGN §3
 * contract, tagged {@link io.marketpilot.data.adapter.RecordKind#EVENT EVENT}, {@code ITEM} or {@code CUSTOMER}.
 * Entry point: {@link io.marketpilot.data.adapter.SourceFormats}. Invariants: every input row ends up as a wire
 * record, a {@link io.marketpilot.data.adapter.RowProblem} or a counted {@link io.marketpilot.data.adapter.SkippedRow}
 * (nothing is dropped silently); event ids are deterministic, so importing a file twice adds nothing.
 */
package io.marketpilot.data.adapter;
