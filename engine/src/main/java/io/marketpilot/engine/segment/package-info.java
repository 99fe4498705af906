/**
 * Segments in the engine: {@link SegmentService} saves validated definitions, backfills them with the batch SQL
 * evaluator, keeps memberships current on every stored event and as windows expire, records membership history
 * and logs entries and exits as {@code custom} events ({@code segment_entered} / {@code segment_exited}); named
 * listeners (journeys) keep a cursor over the change history, so a crash loses no change for them.
 */
package io.marketpilot.engine.segment;
