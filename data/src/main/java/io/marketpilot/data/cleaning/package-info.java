/**
 * Cleaning wire records into valid core records: text normalisation, the core parsers, sign fixes, in-batch
 * de-duplication and bot detection, each rule in its own class. Entry points: {@link
 * io.marketpilot.data.cleaning.EventCleaner} (with a long-lived {@link io.marketpilot.data.cleaning.BotDetector}),
 * {@link io.marketpilot.data.cleaning.ItemCleaner}, {@link io.marketpilot.data.cleaning.CustomerCleaner}.
 * Invariants: outcomes are values (accepted records in input order, rejections with their index and field
 * errors), never exceptions; cleaning a cleaned record changes nothing.
 */
package io.marketpilot.data.cleaning;
