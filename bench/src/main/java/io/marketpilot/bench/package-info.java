/**
 * Throughput benchmarks, each measuring MarketPilot beside its physical limit in one run and printing one JSON
 * object: {@link io.marketpilot.bench.IngestHttpBench} ({@code bench/ingest-http}: events over loopback HTTP vs
 * DuckDB's Appender) and {@link io.marketpilot.bench.ImportBench} ({@code bench/import}: bulk file import vs the
 * Appender); {@link io.marketpilot.bench.StagesBench} ({@code bench/stages}) takes both paths apart stage by stage
 * for profiling. Inputs come from the seeded demo shop, generated once into a cache directory.
 * {@link io.marketpilot.bench.RecommendServingBench} ({@code bench/recommend-serving}) serves recommendations at a
 * fixed rate over a large synthetic shop, imported and trained once into a cached data directory, beside the exact
 * path on the same requests. Invariants: loopback only, bounded in requests and time, every ingest or import phase
 * starts from an empty data directory.
 */
package io.marketpilot.bench;
