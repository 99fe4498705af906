package io.marketpilot.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The ASCII fast path decodes any bytes, valid UTF-8 or not, to exactly what InputStreamReader gives. */
class Utf8ReaderProperties {

    @Property(tries = 3000)
    void sameCharactersAsInputStreamReader(@ForAll("utf8ish") byte[] input, @ForAll @IntRange(min = 8, max = 40) int buffer,
                                           @ForAll @IntRange(min = 1, max = 17) int readSize,
                                           @ForAll @IntRange(min = 1, max = 13) int streamChunk) throws IOException {
        String expected = readAll(new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8), 64);
        String actual = readAll(new Utf8Reader(new Trickle(input, streamChunk), buffer), readSize);
        assertThat(actual).isEqualTo(expected);
    }

    private static String readAll(Reader reader, int readSize) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] chunk = new char[readSize];
        for (int n; (n = reader.read(chunk, 0, chunk.length)) != -1; ) {
            out.append(chunk, 0, n);
        }
        assertThat(reader.read(chunk, 0, chunk.length)).isEqualTo(-1);
        return out.toString();
    }

    /** A stream that hands out at most {@code chunk} bytes per read, to cut sequences anywhere. */
    private static final class Trickle extends InputStream {
        private final byte[] data;
        private final int chunk;
        private int pos;

        Trickle(byte[] data, int chunk) {
            this.data = data;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    @Provide
    Arbitrary<byte[]> utf8ish() {
        Arbitrary<byte[]> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> text = Arbitraries.strings().all().ofMaxLength(6).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u4eff').withChars("\uFF0C\uFEFF\u00e9\uD83D\uDE00")
                .ofMaxLength(5).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> junk = Arbitraries.bytes().array(byte[].class).ofMaxSize(4);
        Arbitrary<byte[]> highJunk = Arbitraries.integers().between(0x80, 0xff).map(i -> new byte[] {i.byteValue()});
        Arbitrary<byte[]> truncated = cjk.map(b -> b.length > 1 ? java.util.Arrays.copyOf(b, b.length - 1) : b);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, ascii), net.jqwik.api.Tuple.of(2, text), net.jqwik.api.Tuple.of(3, cjk),
                        net.jqwik.api.Tuple.of(1, junk), net.jqwik.api.Tuple.of(1, highJunk), net.jqwik.api.Tuple.of(2, truncated))
                .list().ofMaxSize(30).map(Utf8ReaderProperties::concat);
    }

    private static byte[] concat(List<byte[]> parts) {
        int n = parts.stream().mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
