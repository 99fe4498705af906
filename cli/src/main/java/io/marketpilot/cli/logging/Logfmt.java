package io.marketpilot.cli.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;

/** Renders one log event as one logfmt line. Pure: no clock, no I/O. */
final class Logfmt {
    private static final String PRODUCT_PREFIX = LogLevels.PRODUCT + ".";

    private Logfmt() {}

    static String line(Instant ts, Level level, String logger, String message, List<KeyValuePair> pairs,
                       Throwable error) {
        StringBuilder sb = new StringBuilder(128);
        sb.append("ts=").append(ts.truncatedTo(ChronoUnit.MILLIS));
        sb.append(" level=").append(level.name());
        sb.append(" logger=");
        appendValue(sb, shortName(logger));
        sb.append(" msg=");
        appendQuoted(sb, message == null ? "" : message);
        if (pairs != null) {
            for (KeyValuePair kv : pairs) {
                sb.append(' ').append(key(kv.key)).append('=');
                appendValue(sb, String.valueOf(kv.value));
            }
        }
        if (error != null) {
            sb.append(" error=");
            appendQuoted(sb, error.toString());
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            sb.append(" stack=");
            appendQuoted(sb, trace.toString().stripTrailing());
        }
        return sb.append('\n').toString();
    }

    /** {@code io.marketpilot.engine.ingest} → {@code engine.ingest}; library names stay whole. */
    static String shortName(String logger) {
        return logger.startsWith(PRODUCT_PREFIX) ? logger.substring(PRODUCT_PREFIX.length()) : logger;
    }

    /** Keys are bare words: anything but letters, digits, '_', '.', '-' becomes '_'. */
    static String key(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "_";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            sb.append(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' ? c : '_');
        }
        return sb.toString();
    }

    /** Bare when safe, quoted otherwise (empty, spaces, '=', quotes, backslashes, control characters). */
    static void appendValue(StringBuilder sb, String v) {
        if (needsQuotes(v)) {
            appendQuoted(sb, v);
        } else {
            sb.append(v);
        }
    }

    static void appendQuoted(StringBuilder sb, String v) {
        sb.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean needsQuotes(String v) {
        if (v.isEmpty()) {
            return true;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c <= ' ' || c == '=' || c == '"' || c == '\\' || c == 0x7f || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
