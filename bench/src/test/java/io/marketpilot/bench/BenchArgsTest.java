package io.marketpilot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchArgsTest {
    private static final Set<String> OPTIONS = Set.of("events", "connections");
    private static final Set<String> FLAGS = Set.of("profile");

    @Test
    void readsNumbersWithSuffixesAndSeparators() {
        BenchArgs a = BenchArgs.parse(new String[] {"--events", "200k", "--connections=8", "--profile"}, OPTIONS, FLAGS);

        assertThat(a.number("events", 1, 1, Long.MAX_VALUE)).isEqualTo(200_000);
        assertThat(a.integer("connections", 4, 1, 256)).isEqualTo(8);
        assertThat(a.flag("profile")).isTrue();
        assertThat(BenchArgs.parse(new String[] {"--events", "1_000_000"}, OPTIONS, FLAGS).number("events", 1, 1, Long.MAX_VALUE))
                .isEqualTo(1_000_000);
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void defaultsApplyWhenAnOptionIsAbsent() {
        BenchArgs a = BenchArgs.parse(new String[0], OPTIONS, FLAGS);

        assertThat(a.number("events", 1_000_000, 1, Long.MAX_VALUE)).isEqualTo(1_000_000);
        assertThat(a.flag("profile")).isFalse();
    }

    @Test
    void reportsEveryProblemAtOnce() {
        BenchArgs a = BenchArgs.parse(new String[] {"--events", "12x", "--bogus", "1", "--connections"}, OPTIONS, FLAGS);
        a.number("events", 1, 1, Long.MAX_VALUE);

        assertThat(a.problems()).containsExactly(
                "unknown option --bogus (known: --connections, --events, --profile)",
                "--connections needs a value",
                "--events: expected a whole number, found '12x'");
    }

    @Test
    void rejectsNumbersOutOfRange() {
        BenchArgs a = BenchArgs.parse(new String[] {"--connections", "0"}, OPTIONS, FLAGS);

        assertThat(a.integer("connections", 4, 1, 256)).isEqualTo(4);
        assertThat(a.problems()).containsExactly("--connections: expected 1..256, found 0");
    }
}
