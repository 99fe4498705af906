/**
 * One compact, immutable profile per customer, folded from events by the pure {@link io.marketpilot.features.profile.ProfileReducer}
 * (profile × event → profile) and combined by {@link io.marketpilot.features.profile.ProfileMerge}. Invariant: folding an
 * event it already folded changes nothing (see {@link io.marketpilot.features.profile.ProfileReducer}).
 */
package io.marketpilot.features.profile;
