/** {@code POST /v1/text/analyze}: the engine's text understanding over HTTP; {@link io.marketpilot.server.text.TextWire} shapes its JSON. */
package io.marketpilot.server.text;
