package io.marketpilot.data.source;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The RFC 4180 state machine, working directly on a char buffer. A record is scanned in place into field
 * boundaries; the buffer is compacted so the current record always starts at a known index, which lets a broken
 * record (stray character after a closing quote, a quote never closed, a record over the size limit) be re-read
 * from its second physical line instead of swallowing the rest of the file.
 *
 * <p>Lenient where it costs nothing: {@code \n} and {@code \r\n} both end records, a quote inside an unquoted
 * field is data ({@code 5" screen}), blank lines are reported as such for the reader to skip.
 */
final class CsvScanner {
    static final int RECORD = 0;
    static final int BLANK = 1;
    static final int END = 2;
    static final int BROKEN = 3;

    private final Reader in;
    private final char delimiter;
    private final char quote;
    private final boolean quoting;
    private final int maxRecordChars;

    private char[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean overflow;
    private long line = 1;

    private int recordStart;
    private long recordLine;
    private int fieldCount;
    private int[] fieldStart = new int[32];
    private int[] fieldEnd = new int[32];
    private boolean[] fieldEscaped = new boolean[32];
    private String brokenBecause;

    CsvScanner(Reader in, CsvFormat format, int initialBuffer) {
        this.in = in;
        this.delimiter = format.delimiter();
        this.quote = format.quote();
        this.quoting = format.quoting();
        this.maxRecordChars = format.maxRecordChars();
        this.buf = new char[Math.min(initialBuffer, maxRecordChars)];
    }

    /** The physical line the last scanned record starts on. */
    long recordLine() {
        return recordLine;
    }

    /** The physical line being read, for I/O error messages. */
    long line() {
        return line;
    }

    int fieldCount() {
        return fieldCount;
    }

    /** Whether field {@code i} of the last record is empty (an empty cell, quoted or not). */
    boolean isEmpty(int i) {
        return fieldEnd[i] == fieldStart[i];
    }

    /**
     * Whether field {@code i} of the last record is {@linkplain PlainRecord#isPlain plain text}; a doubled quote
     * stands for a quote, which is plain too, so the raw characters tell.
     */
    boolean isPlain(int i) {
        final char[] b = buf;
        for (int p = recordStart + fieldStart[i], end = recordStart + fieldEnd[i]; p < end; p++) {
            if (!PlainRecord.isPlain(b[p])) {
                return false;
            }
        }
        return true;
    }

    /** Why the last record is {@link #BROKEN}. */
    String brokenBecause() {
        return brokenBecause;
    }

    void close() throws IOException {
        in.close();
    }

    /** Field {@code i} of the last record, with doubled quotes undone. */
    String value(int i) {
        return value(i, null);
    }

    /** {@link #value(int)}, taken from (and remembered in) {@code repeated} when it is given and the field is as written. */
    String value(int i, ValueCache repeated) {
        int from = recordStart + fieldStart[i];
        int length = fieldEnd[i] - fieldStart[i];
        if (!fieldEscaped[i]) {
            return repeated != null ? repeated.string(buf, from, from + length) : new String(buf, from, length);
        }
        StringBuilder out = new StringBuilder(length);
        for (int p = from, end = from + length; p < end; p++) {
            char c = buf[p];
            out.append(c);
            if (c == quote) {
                p++; // a doubled quote stands for one
            }
        }
        return out.toString();
    }

    /**
     * Scans the next record: {@link #RECORD}, {@link #BLANK} (an empty line), {@link #END} of input, or
     * {@link #BROKEN}, after which {@link #resyncAfterFirstLine()} must be called. Fields are stored relative to
     * {@code recordStart}.
     */
    int next() throws IOException {
        recordStart = pos;
        recordLine = line;
        fieldCount = 0;
        if (pos >= limit && !fill()) {
            return END;
        }
        int p = pos;
        boolean sawQuote = false;
        while (true) {
            if (p >= limit) {
                int shift = recordStart;
                boolean more = fill();
                p -= shift;
                if (!more) { // input ended right after a delimiter: the last field is empty
                    addField(p, p, false);
                    pos = p;
                    return RECORD;
                }
            }
            if (quoting && buf[p] == quote) {
                sawQuote = true;
                p = quotedField(p);
            } else {
                p = unquotedField(p);
            }
            if (p < 0) {
                return BROKEN;
            }
            if (p >= limit) { // end of input ends the record
                pos = p;
                return RECORD;
            }
            char c = buf[p];
            if (c == delimiter) {
                p++;
                continue;
            }
            if (c == '\r') { // only after a closing quote, which checked that '\n' or the end follows
                p++;
                if (p >= limit) {
                    pos = p;
                    return RECORD;
                }
            }
            pos = p + 1;
            line++;
            boolean blank = !sawQuote && fieldCount == 1 && fieldEnd[0] == fieldStart[0];
            return blank ? BLANK : RECORD;
        }
    }

    /**
     * Scans an unquoted field from {@code p}; returns the index of its terminator (or {@code limit} at end of
     * input), or -1 when the record outgrew the size limit.
     */
    private int unquotedField(int p) throws IOException {
        int start = p;
        final char d = delimiter;
        while (true) {
            final char[] b = buf;
            final int lim = limit;
            while (p < lim) {
                char c = b[p];
                if (c == d || c == '\n') {
                    break;
                }
                p++;
            }
            if (p < lim) {
                break;
            }
            int shift = recordStart;
            boolean more = fill();
            p -= shift;
            start -= shift;
            if (!more) {
                if (overflow) {
                    brokenBecause = "record longer than " + maxRecordChars + " characters";
                    return -1;
                }
                break;
            }
        }
        int end = p;
        if (p < limit && buf[p] == '\n' && end > start && buf[end - 1] == '\r') {
            end--;
        }
        addField(start, end, false);
        return p;
    }

    /**
     * Scans a quoted field whose opening quote is at {@code p}; returns the index just after the closing quote,
     * which holds a delimiter or line end (or equals {@code limit}), or -1 when the record is broken.
     */
    private int quotedField(int p) throws IOException {
        int start = p + 1;
        boolean escaped = false;
        p = start;
        long linesInField = 0;
        final char q = quote;
        while (true) {
            final char[] b = buf;
            final int lim = limit;
            while (p < lim) {
                char c = b[p];
                if (c == q) {
                    break;
                }
                if (c == '\n') {
                    linesInField++;
                }
                p++;
            }
            if (p + 1 >= limit) { // need the closing quote and the character after it
                int shift = recordStart;
                boolean more = fill();
                p -= shift;
                start -= shift;
                if (!more) {
                    if (p >= limit || overflow) {
                        brokenBecause = overflow
                                ? "record longer than " + maxRecordChars + " characters (a quoted field that never closes?)"
                                : "quoted field opened on line " + recordLine + " is never closed";
                        return -1;
                    }
                    // closing quote is the last character of the input
                    addField(start, p, escaped);
                    line += linesInField;
                    return p + 1;
                }
                continue;
            }
            if (buf[p + 1] == q) {
                escaped = true;
                p += 2;
                continue;
            }
            break;
        }
        addField(start, p, escaped);
        line += linesInField;
        p++;
        char after = buf[p];
        if (after == delimiter || after == '\n') {
            return p;
        }
        if (after == '\r') {
            if (p + 1 >= limit) {
                int shift = recordStart;
                fill();
                p -= shift;
            }
            if (p + 1 >= limit || buf[p + 1] == '\n') {
                return p;
            }
        }
        brokenBecause = "unexpected " + shown(after) + " after the closing quote of field " + fieldCount
                + " (a quote inside a quoted field must be doubled)";
        return -1;
    }

    private static String shown(char c) {
        return c < 0x20 ? String.format("character U+%04X", (int) c) : "'" + c + "'";
    }

    private void addField(int start, int end, boolean escaped) {
        if (fieldCount == fieldStart.length) {
            int size = fieldCount * 2;
            fieldStart = Arrays.copyOf(fieldStart, size);
            fieldEnd = Arrays.copyOf(fieldEnd, size);
            fieldEscaped = Arrays.copyOf(fieldEscaped, size);
        }
        fieldStart[fieldCount] = start - recordStart;
        fieldEnd[fieldCount] = end - recordStart;
        fieldEscaped[fieldCount] = escaped;
        fieldCount++;
    }

    /**
     * Moves the current record to the start of the buffer and reads more input after it, growing the buffer up
     * to {@code maxRecordChars}. Indices shift by the old {@code recordStart}. False at end of input or when
     * the record has reached the size limit ({@code overflow}).
     */
    private boolean fill() throws IOException {
        if (recordStart > 0) {
            System.arraycopy(buf, recordStart, buf, 0, limit - recordStart);
            limit -= recordStart;
            pos -= recordStart;
            recordStart = 0;
        }
        if (eof) {
            return false;
        }
        if (limit == buf.length) {
            if (buf.length >= maxRecordChars) {
                overflow = true;
                return false;
            }
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, maxRecordChars));
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    /** After a broken record, continue with the physical line after the one it started on. */
    void resyncAfterFirstLine() throws IOException {
        line = recordLine + 1;
        overflow = false;
        for (int p = recordStart; p < limit; p++) {
            if (buf[p] == '\n') {
                pos = p + 1;
                return;
            }
        }
        // the first line alone filled the buffer: skip the rest of it
        pos = limit;
        recordStart = limit;
        while (fill()) {
            for (int p = 0; p < limit; p++) {
                if (buf[p] == '\n') {
                    pos = p + 1;
                    recordStart = pos;
                    return;
                }
            }
            pos = limit;
            recordStart = limit;
        }
        pos = limit;
    }
}
