/**
 * Reading bulk request bodies: a JSON array of objects or NDJSON (one object per line).
 * {@link io.marketpilot.server.batch.BatchReader} enforces the record limit before anything reaches the engine;
 * an NDJSON line that is not a JSON object is a rejected record (with its index), not a failed request.
 * {@link io.marketpilot.server.batch.Batch} maps the engine's rejections back to request positions.
 */
package io.marketpilot.server.batch;
