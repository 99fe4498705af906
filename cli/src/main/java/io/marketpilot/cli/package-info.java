/**
 * The {@code marketpilot} command line: {@code serve}, {@code import}, {@code stats}, {@code keys}, {@code train},
 * {@code recommend} and {@code demo}, one class per command, all talking to the {@code Engine} facade.
 *
 * <p>Entry point: {@link io.marketpilot.cli.Main}. Invariants: exit code 0 = done, 1 = the work failed,
 * 2 = usage error, 3 = environment problem (no JDK, unreadable file, data dir unusable); results go to stdout,
 * diagnostics and logs (logfmt) to stderr.
 */
package io.marketpilot.cli;
