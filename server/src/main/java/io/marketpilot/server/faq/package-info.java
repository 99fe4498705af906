/** {@code GET /v1/faq} and {@code PUT /v1/faq}: the shop's FAQ the assistant answers from. */
package io.marketpilot.server.faq;
