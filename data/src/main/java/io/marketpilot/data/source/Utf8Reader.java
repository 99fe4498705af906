package io.marketpilot.data.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * UTF-8 text as {@code InputStreamReader} decodes it (malformed bytes become U+FFFD), faster on mostly-ASCII text
 * with some other characters: ASCII bytes are copied as they are, and only each run of other bytes goes to the
 * JDK decoder. The JDK decoder drops to a byte-at-a-time loop for the rest of its buffer after the first non-ASCII
 * character, which in a file of ids with an occasional Chinese search query is nearly every buffer.
 *
 * <p>Same characters as {@code InputStreamReader}: an ASCII byte is never part of a multi-byte sequence, and the
 * JDK decoder is handed every other byte, always with the byte after its run so it can judge a truncated sequence
 * there exactly as when it sees the whole stream.
 */
final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes; // in read mode: position..limit are the bytes not yet decoded
    /** The second char of a surrogate pair decoded for a caller that had room for one, or -1. */
    private int pending = -1;
    private boolean eof;
    private boolean finished;

    Utf8Reader(InputStream in, int bufferBytes) {
        this.in = in;
        this.bytes = ByteBuffer.allocate(Math.max(bufferBytes, 8)).flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        if (pending >= 0) {
            cbuf[off] = (char) pending;
            pending = -1;
            return 1;
        }
        while (true) {
            int n = bytes.hasRemaining() ? decode(cbuf, off, len) : 0;
            if (n > 0) {
                return n;
            }
            if (eof) {
                return finish(cbuf, off, len);
            }
            fill();
        }
    }

    /** Decodes what the buffer holds into cbuf; 0 when only the start of a sequence is left (more bytes needed). */
    private int decode(char[] cbuf, int off, int len) {
        final byte[] b = bytes.array();
        final int lim = bytes.limit();
        int p = bytes.position();
        int o = off;
        final int end = off + len;
        while (p < lim && o < end) {
            byte x = b[p];
            if (x >= 0) {
                cbuf[o++] = (char) x;
                p++;
                continue;
            }
            int q = p + 1;
            while (q < lim && b[q] < 0) {
                q++;
            }
            int sliceEnd = q < lim ? q + 1 : lim; // with the ASCII byte after the run, if there is one yet
            bytes.limit(sliceEnd).position(p);
            CharBuffer out = CharBuffer.wrap(cbuf, o, end - o);
            CoderResult result = decoder.decode(bytes, out, false);
            if (result.isOverflow() && out.position() == off) {
                // room for one char but a surrogate pair comes: decode it aside and hold its second half
                CharBuffer pair = CharBuffer.allocate(2);
                decoder.decode(bytes, pair, false);
                if (pair.position() > 0) {
                    out.put(pair.get(0));
                    if (pair.position() > 1) {
                        pending = pair.get(1);
                    }
                }
            }
            o = out.position();
            p = bytes.position();
            bytes.limit(lim);
            if (result.isOverflow() || p < sliceEnd) {
                break; // cbuf is full, or a sequence continues in bytes not read yet
            }
        }
        bytes.position(p);
        return o - off;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n > 0) {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        eof = n < 0;
    }

    /** At the end of input: what is left (a truncated sequence becomes U+FFFD), then -1. */
    private int finish(char[] cbuf, int off, int len) {
        if (finished) {
            return -1;
        }
        if (len < 2) { // a truncated surrogate pair cannot come out at the end, but keep the two-char room anyway
            char[] two = new char[2];
            int n = finish(two, 0, 2);
            if (n > 0) {
                cbuf[off] = two[0];
                if (n > 1) {
                    pending = two[1];
                }
                return 1;
            }
            return n;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        if (decoder.decode(bytes, out, true).isOverflow() || decoder.flush(out).isOverflow()) {
            return out.position() - off;
        }
        finished = true;
        int n = out.position() - off;
        return n == 0 ? -1 : n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
