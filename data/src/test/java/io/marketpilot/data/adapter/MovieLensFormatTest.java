package io.marketpilot.data.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts from the dataset READMEs: ml-latest-small 100,836 ratings / 9,742 movies; ml-100k 100,000 / 1,682. */
class MovieLensFormatTest {
    @TempDir
    Path tmp;

    private static List<Map<String, Object>> records(List<ImportRow> rows, RecordKind kind) {
        return rows.stream().filter(r -> r instanceof WireRecord w && w.kind() == kind).map(r -> ((WireRecord) r).fields()).toList();
    }

    @Test
    void latestSmallMoviesThenRatings() {
        List<ImportRow> rows = SharedData.readAll("movielens", SharedData.dataset("movielens-latest-small"));

        List<Map<String, Object>> movies = records(rows, RecordKind.ITEM);
        List<Map<String, Object>> ratings = records(rows, RecordKind.EVENT);
        assertThat(movies).hasSize(9_742);
        assertThat(ratings).hasSize(100_836);
        assertThat(rows).hasSize(9_742 + 100_836); // no problems, nothing skipped
        assertThat(rows.getFirst()).isInstanceOf(WireRecord.class).extracting(r -> ((WireRecord) r).kind()).isEqualTo(RecordKind.ITEM);
        assertThat(movies.getFirst()).containsEntry("item_id", "1").containsEntry("title", "Toy Story (1995)")
                .containsEntry("category", List.of("Adventure"))
                .containsEntry("tags", List.of("Adventure", "Animation", "Children", "Comedy", "Fantasy"))
                .containsEntry("attributes", Map.of("year", 1995));
        assertThat(movies).filteredOn(m -> "11".equals(m.get("item_id"))).singleElement()
                .extracting(m -> m.get("title")).isEqualTo("American President, The (1995)");
        assertThat(ratings.getFirst()).containsEntry("event_id", "mls-1-1").containsEntry("type", "review")
                .containsEntry("user_id", "1").containsEntry("item_id", "1").containsEntry("timestamp", "964982703")
                .containsEntry("properties", Map.of("rating", new BigDecimal("4.0")));
    }

    @Test
    void classic100kWithGenreFlagsAndAccents() {
        List<ImportRow> rows = SharedData.readAll("movielens", SharedData.dataset("movielens-100k"));

        List<Map<String, Object>> movies = records(rows, RecordKind.ITEM);
        assertThat(movies).hasSize(1_682);
        assertThat(records(rows, RecordKind.EVENT)).hasSize(100_000)
                .first().isEqualTo(Map.of("event_id", "ml100k-196-242", "type", "review", "user_id", "196", "item_id", "242",
                        "timestamp", "881250949", "properties", Map.of("rating", new BigDecimal("3"))));
        assertThat(movies.get(1)).containsEntry("title", "GoldenEye (1995)")
                .containsEntry("tags", List.of("Action", "Adventure", "Thriller"))
                .containsEntry("attributes", Map.of("release_date", "1995-01-01", "year", 1995,
                        "imdb_url", "http://us.imdb.com/M/title-exact?GoldenEye%20(1995)"));
        assertThat(movies).extracting(m -> m.get("title")).contains("Misérables, Les (1995)");
    }

    @Test
    void latin1UItemAsInTheOriginalReleaseIsDecoded() throws IOException {
        Path item = tmp.resolve("u.item");
        Files.write(item, "1|Mis\u00e9rables, Les (1995)|01-Jan-1995||http://x|0|0|0|0|0|0|0|0|1|0|0|0|0|0|0|0|0|0|0\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(records(SharedData.readAll("movielens", item), RecordKind.ITEM)).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("title", "Mis\u00e9rables, Les (1995)").containsEntry("tags", List.of("Drama")));
    }

    @Test
    void splitFilesReadLikeUData() {
        Path base = SharedData.dataset("movielens-100k").resolve("ua.test");
        assertThat(records(SharedData.readAll("movielens", base), RecordKind.EVENT)).hasSize(9_430);
    }

    @Test
    void otherDirectoriesAreRefusedWithWhatWasExpected() {
        assertThatThrownBy(() -> SharedData.readAll("movielens", tmp)).hasMessageContaining("expected ratings.csv");
    }
}
