/** Customer profiles folded from events, computed attributes (RFM, CLV, affinities), identity and consent. */
package io.marketpilot.features;
