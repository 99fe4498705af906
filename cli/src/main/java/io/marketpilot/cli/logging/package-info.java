/**
 * The CLI's SLF4J 2 provider: one logfmt line per event on stderr ({@code ts=… level=… logger=… msg="…" k=v}).
 *
 * <p>Entry point: {@link io.marketpilot.cli.logging.LogfmtProvider}, found by SLF4J through
 * {@code META-INF/services}. Levels come from {@code MARKETPILOT_LOG_LEVEL} (or {@code --verbose}); the default
 * is INFO for {@code io.marketpilot} and WARN for every library. Invariant: one event is exactly one line.
 */
package io.marketpilot.cli.logging;
