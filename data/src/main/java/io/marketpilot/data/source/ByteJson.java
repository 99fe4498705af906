package io.marketpilot.data.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;

/**
 * One line's JSON object read straight from its UTF-8 bytes into exactly what {@link Json#object(String)} gives
 * (ordered maps, lists, Integer/Long/BigInteger, BigDecimal for decimals, a repeated key's last value winning),
 * without a String per line, decoding or a parser per line; the line's own map is a {@link PlainFields}, nested
 * objects are {@link CompactFields} (equal, as maps, to the {@code LinkedHashMap}s Jackson gives). It reads
 * strict JSON only and gives up ({@code null}) on anything it does not handle alike: malformed JSON, invalid UTF-8,
 * control characters, numbers of more than 100 characters, nesting deeper than 200. The caller then reads the line
 * the general way, so every problem message stays Jackson's. One instance per reader (not thread-safe): it keeps
 * the keys it has seen and scratch space.
 */
final class ByteJson {
    private static final int MAX_DEPTH = 200;

    /** Thrown (without a stack trace) to give up on a line; rare, and cheaper than checking every return. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final KeyTable keys = new KeyTable();
    /** Stands for the line: the owner of top-level objects' sizes (and the only owner whose map is a PlainFields). */
    private final KeyTable.Key root = new KeyTable.Key(new byte[0], "");
    /** The owner of nested objects' sizes before any key was kept in the table. */
    private final KeyTable.Key unnamed = new KeyTable.Key(new byte[0], "");
    private KeyTable.Key last;
    private final JsonText text = new JsonText();
    private byte[] b;
    private int pos;
    private int end;
    private int depth;
    /** Whether every key and string of the line so far was plain text ({@link PlainFields}). */
    private boolean plain;

    /**
     * The object in {@code buf[from .. to)} (nothing else but spaces and tabs around it), or null: read it the
     * general way. It may also end at a line break before {@code to} ({@link #stop()} tells where), so a line
     * can be read before its end is known: the reader never steps over a line break.
     */
    Map<String, Object> object(byte[] buf, int from, int to) {
        b = buf;
        pos = from;
        end = to;
        depth = 0;
        plain = true;
        try {
            skipSpace();
            if (pos >= end || b[pos] != '{') {
                return null;
            }
            pos++;
            CompactFields fields = object(root);
            skipSpace();
            if (pos != end && b[pos] != '\n' && b[pos] != '\r') {
                return null;
            }
            if (fields instanceof PlainFields p) {
                p.plainText(plain);
            }
            return fields;
        } catch (GiveUp e) {
            return null;
        } finally {
            b = null;
        }
    }

    /** Where the last object read ended: the end given, or the line break that ends its line. */
    int stop() {
        return pos;
    }

    /**
     * An object, its fields put straight into a map sized as the last object under the same key ({@code owner})
     * was, so the map is neither oversized nor resized.
     */
    private CompactFields object(KeyTable.Key owner) {
        if (++depth > MAX_DEPTH) {
            throw GIVE_UP;
        }
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return owner == root ? new PlainFields(0) : new CompactFields(0);
        }
        // compact maps, not LinkedHashMaps: no table and no node per field; reading 5–10% less CPU, ~350 bytes
        // less allocated per line (docs/benchmarks.md §28c)
        int expected = owner.objectSize;
        int capacity = expected == 0 ? 8 : expected;
        CompactFields map = owner == root ? new PlainFields(capacity) : new CompactFields(capacity);
        while (true) {
            if (next() != '"') {
                throw GIVE_UP;
            }
            String key = key();
            skipSpace();
            if (next() != ':') {
                throw GIVE_UP;
            }
            skipSpace();
            map.put(key, value());
            skipSpace();
            byte c = next();
            if (c == '}') {
                break;
            }
            if (c != ',') {
                throw GIVE_UP;
            }
            skipSpace();
        }
        owner.objectSize = map.size();
        depth--;
        return map;
    }

    private ArrayList<Object> array() {
        if (++depth > MAX_DEPTH) {
            throw GIVE_UP;
        }
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return new ArrayList<>();
        }
        ArrayList<Object> list = new ArrayList<>();
        while (true) {
            list.add(value());
            skipSpace();
            byte c = next();
            if (c == ']') {
                break;
            }
            if (c != ',') {
                throw GIVE_UP;
            }
            skipSpace();
        }
        depth--;
        return list;
    }

    private Object value() {
        byte c = next();
        return switch (c) {
            case '"' -> string();
            case '{' -> object(last == null ? unnamed : last);
            case '[' -> array();
            case 't' -> literal("rue", Boolean.TRUE);
            case 'f' -> literal("alse", Boolean.FALSE);
            case 'n' -> literal("ull", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    int start = pos - 1;
                    int after = JsonNumber.end(b, start, end);
                    if (after < 0) {
                        throw GIVE_UP;
                    }
                    pos = after;
                    endOfValue();
                    Object number = JsonNumber.value(b, start, after);
                    if (number == null) {
                        throw GIVE_UP;
                    }
                    yield number;
                }
                throw GIVE_UP;
            }
        };
    }

    /**
     * A key: first checked against the key that followed the last one read (lines repeat their keys in order);
     * else printable ASCII without escapes is looked up in the key table, and anything else is decoded.
     */
    private String key() {
        int start = pos;
        KeyTable.Key predicted = last == null ? null : last.next;
        if (predicted != null && predicted.matches(b, start, end)) {
            pos = start + predicted.bytes.length + 1;
            last = predicted;
            plain &= predicted.plain;
            return predicted.string;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c == '"') {
                pos = i + 1;
                KeyTable.Key key = keys.key(b, start, i - start, hash);
                if (key == null) {
                    plain &= KeyTable.plain(b, start, i);
                    return new String(b, start, i - start, StandardCharsets.ISO_8859_1);
                }
                if (last != null) {
                    last.next = key;
                }
                last = key;
                plain &= key.plain;
                return key.string;
            }
            if (c < 0x20 || c == '\\') {
                break; // non-ASCII bytes are negative
            }
            hash = 31 * hash + c;
        }
        return decoded(start);
    }

    /**
     * A string value: printable ASCII without escapes is copied as it is, or taken from the value cache of the key
     * read last (and checked for plain text); else decoded.
     */
    private String string() {
        int start = pos;
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c == '"') {
                pos = i + 1;
                if (i > start && (b[start] == ' ' || b[i - 1] == ' ')) {
                    plain = false;
                }
                // the last key's cache shares repeated values (type, channel, device): docs/benchmarks.md §28e;
                // after a key not kept in the table (decoded, long) it is the key before: any cache gives equal text
                KeyTable.Key key = last;
                return key == null ? new String(b, start, i - start, StandardCharsets.ISO_8859_1)
                        : key.values.string(b, start, i);
            }
            if (c <= ' ' || c == '\\' || c == 0x7F) {
                if (c == ' ') {
                    plain &= b[i - 1] != ' ';
                } else if (c == 0x7F) {
                    plain = false;
                } else {
                    break; // control characters, escapes and non-ASCII (negative) bytes
                }
            }
        }
        return decoded(start);
    }

    private String decoded(int start) {
        plain = false;
        int after = text.decode(b, start, end);
        if (after < 0) {
            throw GIVE_UP;
        }
        pos = after;
        return text.string();
    }

    private Object literal(String rest, Object value) {
        int n = rest.length();
        if (end - pos < n) {
            throw GIVE_UP;
        }
        for (int i = 0; i < n; i++) {
            if (b[pos + i] != rest.charAt(i)) {
                throw GIVE_UP;
            }
        }
        pos += n;
        endOfValue();
        return value;
    }

    /** A scalar ends at whitespace, a separator or the end of the line; anything else ("01", "truex") gives up. */
    private void endOfValue() {
        if (pos < end) {
            byte c = b[pos];
            if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\t') {
                throw GIVE_UP;
            }
        }
    }

    private void skipSpace() {
        while (pos < end && (b[pos] == ' ' || b[pos] == '\t')) {
            pos++;
        }
    }

    private byte peek() {
        if (pos >= end) {
            throw GIVE_UP;
        }
        return b[pos];
    }

    private byte next() {
        if (pos >= end) {
            throw GIVE_UP;
        }
        return b[pos++];
    }
}
