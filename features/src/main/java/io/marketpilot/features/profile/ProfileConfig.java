package io.marketpilot.features.profile;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How events fold into profiles: the shop's time zone (purchase days, preferred hour and weekday), the inactivity gap
 * that ends a session without session ids, the half-life of category and brand affinities, and the trait merge policy.
 */
public record ProfileConfig(ZoneId zone, Duration sessionGap, Duration affinityHalfLife, TraitMergePolicy traitMerge) {
    public static final ProfileConfig DEFAULT =
            new ProfileConfig(ZoneId.of("UTC"), Duration.ofMinutes(30), Duration.ofDays(30), TraitMergePolicy.DEFAULT);

    public ProfileConfig {
        if (sessionGap.isNegative() || sessionGap.isZero()) {
            throw new IllegalArgumentException("profiles.session_gap must be positive, got " + sessionGap);
        }
        if (affinityHalfLife.isNegative() || affinityHalfLife.isZero()) {
            throw new IllegalArgumentException("profiles.affinity_half_life must be positive, got " + affinityHalfLife);
        }
    }
}
