package io.marketpilot.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource({
        "2026-03-01T10:15:00Z, 2026-03-01T10:15:00Z",
        "2026-03-01 10:15:00Z, 2026-03-01T10:15:00Z",
        "2026-03-01T11:15:00+01:00, 2026-03-01T10:15:00Z",
        "2026-03-01T10:15:00.250Z, 2026-03-01T10:15:00.250Z",
        "2026-03-01T10:15:00Z[UTC], 2026-03-01T10:15:00Z",
        "1772360100, 2026-03-01T10:15:00Z",
        "1772360100000, 2026-03-01T10:15:00Z"
    })
    void acceptsTheFormsShopsSend(String input, String expected) {
        assertThat(Timestamps.parse(input)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-03-01T10:15:00", "2026-13-01T00:00:00Z", "01/03/2026", "", "12.5"})
    void rejectsWhatCannotBeReadWithoutGuessing(String input) {
        assertThat(Timestamps.parse(input)).isEmpty();
    }
}
