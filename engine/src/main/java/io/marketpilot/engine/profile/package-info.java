/**
 * Live customer profiles inside the engine: {@link io.marketpilot.engine.profile.ProfileService} folds every stored event
 * into its profile as the ingest path stores it, rebuilds all profiles from the event log on first use (and after an
 * import), refits shop-wide statistics periodically, and answers profile reads with traits, attributes, segments and consent.
 */
package io.marketpilot.engine.profile;
