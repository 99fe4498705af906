/**
 * Apache Spark MLlib ALS (implicit feedback) wrapped as a MarketPilot {@code Algorithm}, so the evaluation harness
 * runs it on exactly the same splits as our own models. Entry: {@link io.marketpilot.bench.sparkals.SparkAlsAlgorithm}.
 * Bench-only: lives outside the root build so the product never depends on Spark. One local Spark session per JVM.
 */
package io.marketpilot.bench.sparkals;
