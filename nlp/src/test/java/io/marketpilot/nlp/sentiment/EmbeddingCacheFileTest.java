package io.marketpilot.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.nlp.encoder.TextEncoder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheFileTest {
    @TempDir
    Path dir;

    /** A deterministic 4-d encoder that counts the texts it encodes. */
    static final class CountingEncoder implements TextEncoder {
        int encoded;

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public float[] encode(String text) {
            return encodeAll(List.of(text)).get(0);
        }

        @Override
        public List<float[]> encodeAll(List<String> texts) {
            encoded += texts.size();
            List<float[]> out = new ArrayList<>();
            for (String t : texts) {
                out.add(new float[] {t.length(), t.hashCode() % 7, 1, 0});
            }
            return out;
        }
    }

    static List<LabelledText> texts(int n) {
        List<LabelledText> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new LabelledText("t:" + i, "text " + i, i % 2 == 0, "g"));
        }
        return out;
    }

    @Test
    void a_second_run_encodes_nothing_and_a_torn_tail_is_re_encoded() throws Exception {
        Path file = dir.resolve("c.emb");
        CountingEncoder enc = new CountingEncoder();
        Map<String, float[]> first = EmbeddingCacheFile.encode(file, enc, texts(700), (d, t) -> { });
        assertThat(enc.encoded).isEqualTo(700);
        Map<String, float[]> second = EmbeddingCacheFile.encode(file, enc, texts(700), (d, t) -> { });
        assertThat(enc.encoded).isEqualTo(700);
        assertThat(second.get("t:5")).containsExactly(first.get("t:5"));

        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 3);   // a crash in the middle of the last record
        }
        EmbeddingCacheFile.encode(file, enc, texts(700), (d, t) -> { });
        assertThat(enc.encoded).isEqualTo(701);
        assertThat(EmbeddingCacheFile.read(file, 4)).hasSize(700);
        assertThat(Files.size(file)).isPositive();
    }
}
