/**
 * How the API writes and reads JSON: {@link io.marketpilot.server.json.WireJson} configures the one Jackson mapper.
 * Wire names are snake_case; instants are ISO-8601 strings in UTC ({@code 2026-03-01T10:15:00Z}); decimals are
 * read exactly ({@code BigDecimal}, never {@code double}) and written as plain JSON numbers without exponent.
 */
package io.marketpilot.server.json;
