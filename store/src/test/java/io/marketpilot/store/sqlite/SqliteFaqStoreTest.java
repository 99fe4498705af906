package io.marketpilot.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.faq.FaqEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteFaqStoreTest {
    @TempDir
    Path dir;

    @Test
    void replacesKeepsOrderAndSurvivesReopen() {
        Path file = dir.resolve("state.sqlite");
        try (SqliteStateStore s = SqliteStateStore.open(file, Clock.systemUTC())) {
            assertThat(s.faq().list()).isEmpty();
            s.faq().replaceAll(List.of(new FaqEntry("ship", "多久发货", "48小时内"), new FaqEntry("ret", "Returns?", "30 days")));
            s.faq().replaceAll(List.of(new FaqEntry("ret", "Returns?", "30 days"), new FaqEntry("ship", "多久发货", "24小时内")));
        }
        try (SqliteStateStore s = SqliteStateStore.open(file, Clock.systemUTC())) {
            assertThat(s.faq().list()).containsExactly(new FaqEntry("ret", "Returns?", "30 days"),
                    new FaqEntry("ship", "多久发货", "24小时内"));
        }
    }

    @Test
    void duplicateIdsChangeNothing() {
        try (SqliteStateStore s = SqliteStateStore.open(dir.resolve("state.sqlite"), Clock.systemUTC())) {
            s.faq().replaceAll(List.of(new FaqEntry("a", "q", "x")));
            assertThatThrownBy(() -> s.faq().replaceAll(List.of(new FaqEntry("b", "q", "x"), new FaqEntry("b", "q2", "y"))))
                    .hasMessageContaining("FAQ entry 1 repeats the id 'b'");
            assertThat(s.faq().list()).extracting(FaqEntry::id).containsExactly("a");
        }
    }

    @Test
    void blankFieldsAreRejectedWithTheFieldName() {
        assertThatThrownBy(() -> new FaqEntry("a", " ", "x")).hasMessageContaining("'question'");
    }
}
