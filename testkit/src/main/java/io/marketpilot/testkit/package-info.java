/**
 * Test support shared by every module: one abstract contract suite per storage interface
 * ({@code EventLogContract}, {@code ItemStoreContract}, {@code CustomerStoreContract},
 * {@code ApiKeyStoreContract}, {@code ModelStoreContract}) that each implementation's test extends in a few
 * lines, fluent builders with sane defaults ({@link io.marketpilot.testkit.EventBuilder},
 * {@link io.marketpilot.testkit.ItemBuilder}, {@link io.marketpilot.testkit.CustomerBuilder}) and the seeded
 * {@link io.marketpilot.testkit.RandomEvents}. Depends on core only, so any module may use it.
 */
package io.marketpilot.testkit;
