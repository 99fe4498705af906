/**
 * Seeded demo shop: writes a bilingual (zh/en) catalogue, customers, a time-ordered event log
 * and the planted ground truth (tastes, popularity, bundles) behind them.
 *
 * <p>Entry point: {@link io.marketpilot.data.demo.DemoShopGenerator}. Invariants: the same
 * {@link io.marketpilot.data.demo.DemoShopConfig} yields byte-identical files; no system clock;
 * exactly {@code events} events, sorted by timestamp, every id referenced exists.
 */
package io.marketpilot.data.demo;
