/** {@code GET /v1/customers/{id}/profile}: a customer's live profile (traits, computed attributes, segments, consent). */
package io.marketpilot.server.profiles;
