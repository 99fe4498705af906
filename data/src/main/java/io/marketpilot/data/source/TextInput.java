package io.marketpilot.data.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a file as text: gzip is recognised by its magic bytes (not the name), a leading byte-order mark is
 * dropped, undecodable bytes become U+FFFD rather than failing the file.
 */
final class TextInput {
    private static final int BUFFER = 1 << 16;

    private TextInput() {}

    static Reader open(Path path, Charset charset) throws IOException {
        InputStream bytes = bytes(path);
        try {
            Reader text = charset.equals(StandardCharsets.UTF_8) ? new Utf8Reader(bytes, BUFFER) : new InputStreamReader(bytes, charset);
            PushbackReader reader = new PushbackReader(text, 1);
            int first = reader.read();
            if (first != -1 && first != '\uFEFF') {
                reader.unread(first);
            }
            return reader;
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    /** The file's bytes, gunzipped when it starts with the gzip magic number. */
    static InputStream bytes(Path path) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER);
        try {
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, BUFFER) : in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Whether the whole file decodes as UTF-8 (streamed; for sniffing legacy Latin-1 files). */
    static boolean isUtf8(Path path) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        try (InputStream bytes = bytes(path)) {
            boolean end = false;
            while (!end) {
                int n = bytes.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                if (n > 0) {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            return !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
