package io.marketpilot.data.source;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The lines of a byte stream without decoding them: a line ends at LF, CR LF or a lone CR (as
 * {@link java.io.BufferedReader#readLine()} splits them); a leading UTF-8 byte-order mark is dropped. After
 * {@link #next()} returns true the line is {@code buffer()[start() .. end())}, valid until the next call.
 */
final class ByteLines implements AutoCloseable {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    private int start;
    private int end;
    private boolean eof;
    private boolean first = true;
    private boolean skipLf;

    ByteLines(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /**
     * Where the next line starts in {@link #buffer()}, when its first bytes are buffered and nothing is pending
     * (the byte-order mark check before the first line, the LF of a CR LF split by a refill); else -1, and
     * {@link #next()} finds the line. Lets a caller read a line while finding its end ({@link #endLineAt}).
     */
    int unread() {
        return first || skipLf || pos >= limit ? -1 : pos;
    }

    /** Ends the line that starts at {@link #unread()} at the LF or CR at {@code i}, as {@link #next()} would have. */
    void endLineAt(int i) {
        start = pos;
        end = i;
        pos = i + 1;
        if (buf[i] == '\r') {
            if (pos < limit) {
                if (buf[pos] == '\n') {
                    pos++;
                }
            } else {
                skipLf = true;
            }
        }
    }

    int limit() {
        return limit;
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        int scanFrom = pos;
        while (true) {
            if (first && !fillTo(3)) {
                first = false;
                scanFrom = pos;
            } else if (first) {
                first = false;
                if ((buf[pos] & 0xff) == 0xEF && (buf[pos + 1] & 0xff) == 0xBB && (buf[pos + 2] & 0xff) == 0xBF) {
                    pos += 3;
                }
                scanFrom = pos;
            }
            if (skipLf && pos < limit) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                }
                scanFrom = pos;
            }
            int i = lineBreak(buf, scanFrom, limit);
            if (i >= 0) {
                endLineAt(i);
                return true;
            }
            if (eof) {
                if (pos < limit) {
                    start = pos;
                    end = limit;
                    pos = limit;
                    return true;
                }
                return false;
            }
            int scanned = limit - pos;
            compactAndFill();
            scanFrom = pos + scanned; // a pending LF skip is done at the top, where scanFrom is reset
        }
    }

    /**
     * The index of the first LF or CR in {@code b[from .. to)}, or -1: eight bytes at a time (a line of JSON is a
     * few hundred bytes), with the classic "has a zero byte" test on the word XORed with each break byte. Its
     * lowest flagged byte is always a real match, so the first break is exact.
     */
    static int lineBreak(byte[] b, int from, int to) {
        int i = from;
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
            long word = (long) LONGS.get(b, i);
            long lf = word ^ 0x0A0A0A0A0A0A0A0AL;
            long cr = word ^ 0x0D0D0D0D0D0D0D0DL;
            long found = ((lf - 0x0101010101010101L) & ~lf | (cr - 0x0101010101010101L) & ~cr) & 0x8080808080808080L;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Makes sure {@code n} bytes from {@code pos} are buffered, if the stream has them. */
    private boolean fillTo(int n) throws IOException {
        while (limit - pos < n && !eof) {
            compactAndFill();
        }
        return limit - pos >= n;
    }

    private void compactAndFill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
