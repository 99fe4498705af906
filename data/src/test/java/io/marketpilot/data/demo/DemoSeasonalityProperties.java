package io.marketpilot.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class DemoSeasonalityProperties {

    @Property(tries = 200)
    void dailyQuotasSumToExactlyTheEventCount(@ForAll @IntRange(min = 0, max = 5_000_000) int events,
                                              @ForAll @IntRange(min = 1, max = 400) int days,
                                              @ForAll long seed) {
        Seasonality seasonality = new Seasonality(new DemoShopConfig(seed, 10, 1, events, days,
                Instant.parse("2026-11-01T00:00:00Z")));

        int[] quotas = seasonality.quotas(events);

        assertThat(quotas).hasSize(days);
        assertThat(Arrays.stream(quotas).asLongStream().sum()).isEqualTo(events);
        assertThat(Arrays.stream(quotas).min().orElse(0)).isNotNegative();
    }

    @Property(tries = 500)
    void sessionsStartAndEndInsideTheirDay(@ForAll @IntRange(min = 0, max = 29) int day,
                                           @ForAll @IntRange(min = 0, max = 23) int peakHour,
                                           @ForAll @LongRange(min = 0, max = 20_000) long duration,
                                           @ForAll @LongRange(min = 0, max = 86_399) long endSecondOfDay,
                                           @ForAll long seed) {
        Instant end = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(endSecondOfDay);
        Seasonality seasonality = new Seasonality(new DemoShopConfig(seed, 10, 1, 0, 30, end));

        long start = seasonality.startWithin(day, peakHour, duration, new Dice(seed));

        assertThat(start).isGreaterThanOrEqualTo(seasonality.sliceStart(day));
        assertThat(start + duration).isLessThan(seasonality.sliceStart(day + 1));
    }
}
