package io.marketpilot.recommend.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.recommend.data.Interactions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SessionsTest {
    @Test
    void aUsersPairsSplitWhereTheGapExceedsTheLimitMostRecentSessionFirst() {
        Interactions data = new Events().add("u", "a", 0).add("u", "b", 10).add("u", "c", 100)
            .add("v", "d", 50).build();

        Sessions s = Sessions.of(data, 30 * 60_000L);

        assertThat(s.count()).isEqualTo(3);
        assertThat(ids(data, s, 0)).containsExactly("c");
        assertThat(ids(data, s, 1)).containsExactly("d");
        assertThat(ids(data, s, 2)).containsExactly("a", "b");
        assertThat(s.user()[1]).isEqualTo(data.users().index("v"));
    }

    @Test
    void aZeroLimitKeepsEachUsersWholeHistoryInOneSession() {
        Interactions data = new Events().add("u", "a", 0).add("u", "b", 10).add("u", "c", 100).build();

        Sessions s = Sessions.of(data, 0);

        assertThat(s.count()).isEqualTo(1);
        assertThat(ids(data, s, 0)).containsExactly("a", "b", "c");
    }

    @Test
    void transitionsGoFromEveryItemOfATimeStepToEveryItemOfTheNext() {
        Interactions data = new Events().basket("u", 0, "a", "b").basket("u", 5, "c", "d").add("u", "e", 9)
            .add("v", "a", 0).add("v", "c", 1).build();

        Transitions t = Transitions.of(data);

        int a = data.items().index("a");
        // a → c counts 1/2 (from u) + 1 (from v), a → d 1/2: probabilities 3/4 and 1/4, best first
        assertThat(row(data, t, a)).containsExactly("c:0.75", "d:0.25");
        assertThat(row(data, t, data.items().index("c"))).containsExactly("e:1.0");
        assertThat(row(data, t, data.items().index("e"))).isEmpty();
    }

    private static String[] row(Interactions data, Transitions t, int i) {
        return java.util.stream.IntStream.range(t.start()[i], t.start()[i + 1])
            .mapToObj(p -> data.items().id(t.item()[p]) + ":" + t.prob()[p]).toArray(String[]::new);
    }

    private static String[] ids(Interactions data, Sessions s, int session) {
        return Arrays.stream(s.items(), s.start()[session], s.start()[session + 1])
            .mapToObj(i -> data.items().id(i)).toArray(String[]::new);
    }
}
