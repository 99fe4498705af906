package io.marketpilot.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JourneyProblemsTest {
    @Test
    void json_paths_become_json_pointers() {
        assertThat(JourneyProblems.pointer("$.steps.remind.next")).isEqualTo("/steps/remind/next");
        assertThat(JourneyProblems.pointer("$.exit_rules[1].event.type")).isEqualTo("/exit_rules/1/event/type");
        assertThat(JourneyProblems.pointer("$.steps['a.b'].next")).isEqualTo("/steps/a.b/next");
        assertThat(JourneyProblems.pointer("$.steps[\"wait-1h\"]")).isEqualTo("/steps/wait-1h");
        assertThat(JourneyProblems.pointer("$.template/x~y")).isEqualTo("/template~1x~0y");
        assertThat(JourneyProblems.pointer("$")).isEmpty();
        assertThat(JourneyProblems.pointer("steps.a")).isEqualTo("/steps/a");
    }

    @Test
    void durations_read_like_the_definition_language() {
        assertThat(JourneyWire.duration(java.time.Duration.ofDays(7))).isEqualTo("7d");
        assertThat(JourneyWire.duration(java.time.Duration.ofHours(36))).isEqualTo("36h");
        assertThat(JourneyWire.duration(java.time.Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(JourneyWire.duration(java.time.Duration.ofSeconds(45))).isEqualTo("45s");
    }
}
