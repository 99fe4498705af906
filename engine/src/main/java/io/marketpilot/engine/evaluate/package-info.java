/**
 * Offline evaluation of recommenders on interaction files: {@link io.marketpilot.engine.evaluate.EvaluationJob}
 * reads a file through the import formats and runs the recommend module's protocols on it.
 */
package io.marketpilot.engine.evaluate;
