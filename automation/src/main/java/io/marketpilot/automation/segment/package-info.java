/**
 * Segments: a JSON condition language ({@link DefinitionParser} → {@link SegmentDefinition}), an incremental
 * evaluator that keeps memberships current on every event and as windows expire ({@link LiveSegments}), and a
 * batch evaluator that compiles the same definition to SQL over the event log ({@link SegmentSql}).
 * Invariant: both evaluators give the same members at the same "now" (checked by a property test).
 */
package io.marketpilot.automation.segment;
