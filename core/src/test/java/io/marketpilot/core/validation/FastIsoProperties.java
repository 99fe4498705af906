package io.marketpilot.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The fast path answers exactly as java.time does, or steps aside. */
class FastIsoProperties {

    @Property(tries = 2000)
    void agreesWithJavaTimeOnWellFormedInstants(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long seconds,
                                                @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
                                                @ForAll @IntRange(min = -18 * 4, max = 18 * 4) int quarterHours) {
        OffsetDateTime t = Instant.ofEpochSecond(seconds, nanos).atOffset(ZoneOffset.ofTotalSeconds(quarterHours * 900));
        String text = t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertThat(FastIso.parse(text)).isEqualTo(t.toInstant());
    }

    @Property(tries = 2000)
    void neverDisagreesOnArbitraryText(@ForAll String text) {
        Instant fast = FastIso.parse(text);
        if (fast != null) {
            assertThat(fast).isEqualTo(OffsetDateTime.parse(text.replace(' ', 'T').replace('z', 'Z')).toInstant());
        }
    }

    @Property(tries = 500)
    void stepsAsideForImpossibleDates(@ForAll @IntRange(min = 29, max = 31) int day) {
        String text = "2026-02-%02dT10:00:00Z".formatted(day);
        boolean javaTimeAccepts;
        try {
            OffsetDateTime.parse(text);
            javaTimeAccepts = true;
        } catch (DateTimeParseException e) {
            javaTimeAccepts = false;
        }
        assertThat(FastIso.parse(text) != null).isEqualTo(javaTimeAccepts);
    }
}
