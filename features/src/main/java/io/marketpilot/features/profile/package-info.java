/**
 * One compact, immutable profile per customer, folded from events by the pure {@link io.marketpilot.features.profile.ProfileReducer}
 * (profile × event → profile) and combined by {@link io.marketpilot.features.profile.ProfileMerge}. Invariant: folding an
 * event already among the profile's last {@value io.marketpilot.features.profile.Profile#SEEN_IDS} events changes nothing.
 */
package io.marketpilot.features.profile;
