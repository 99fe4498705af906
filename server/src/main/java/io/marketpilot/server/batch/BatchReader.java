package io.marketpilot.server.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import io.marketpilot.server.batch.Batch.RecordErrors;
import io.marketpilot.server.json.WireJson;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.problem.ProblemType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads a bulk body of at most {@code maxRecords} objects, as a JSON array or as NDJSON. Too many records is a
 * 413 problem raised before anything is handed on; a malformed JSON array is a 400 (thrown as Jackson's
 * exception, which the exception mapper turns into a problem with line, column and pointer); a malformed
 * NDJSON line only rejects that record.
 */
public final class BatchReader {
    private final JsonFactory factory;
    private final ObjectReader objects;
    private final int maxRecords;
    private final String noun;

    /** {@code noun} names the records in messages ("events", "items"). */
    public BatchReader(ObjectMapper mapper, int maxRecords, String noun) {
        this.factory = mapper.getFactory();
        this.objects = mapper.readerFor(WireJson.OBJECT).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxRecords = maxRecords;
        this.noun = noun;
    }

    public int maxRecords() {
        return maxRecords;
    }

    public Batch read(Context ctx) throws IOException {
        return read(ctx.header("Content-Type"), ctx.bodyAsBytes());
    }

    Batch read(String contentType, byte[] body) throws IOException {
        BatchFormat format = BatchFormat.of(contentType).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "cannot read " + noun + " sent as '" + contentType
                + "': send Content-Type application/json (a JSON array) or application/x-ndjson (one object per line)"));
        int start = firstNonBlank(body);
        if (start == body.length && format == BatchFormat.NDJSON) {
            return new Collector(true).batch(); // zero lines, like "[]"
        }
        if (start == body.length) {
            throw ProblemException.invalid("the body is empty: expected a JSON array of " + noun + " or NDJSON");
        }
        if (body[start] == '[') {
            return readArray(body);
        }
        if (format == BatchFormat.JSON_ARRAY) {
            throw ProblemException.invalid("expected a JSON array of " + noun + "; to send one object per line use "
                    + "Content-Type application/x-ndjson", FieldProblem.body("", "a JSON array", describe(body[start])));
        }
        return readLines(body);
    }

    private Batch readArray(byte[] body) throws IOException {
        Collector out = new Collector(false);
        try (JsonParser p = factory.createParser(body)) {
            p.nextToken();
            int index = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
                if (index == maxRecords) {
                    throw tooLarge("more than " + maxRecords);
                }
                if (t == JsonToken.START_OBJECT) {
                    out.record(index, 0, objects.readValue(p));
                } else {
                    p.skipChildren();
                    out.unreadable(index, null, FieldProblem.body("/" + index, "a JSON object", kind(t)));
                }
            }
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "unexpected content after the closing ']' of the array");
            }
        }
        return out.batch();
    }

    private Batch readLines(byte[] body) throws IOException {
        List<int[]> lines = new ArrayList<>(); // {start, end, 1-based line number} of non-blank lines
        int lineNo = 0;
        for (int from = 0; from < body.length; ) {
            int end = from;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            lineNo++;
            if (firstNonBlank(body, from, end) < end) {
                lines.add(new int[] {from, end, lineNo});
            }
            from = end + 1;
        }
        if (lines.size() > maxRecords) {
            throw tooLarge(Integer.toString(lines.size()));
        }
        Collector out = new Collector(true);
        for (int index = 0; index < lines.size(); index++) {
            int[] line = lines.get(index);
            readLine(body, line[0], line[1] - line[0], index, line[2], out);
        }
        return out.batch();
    }

    private void readLine(byte[] body, int offset, int length, int index, int line, Collector out) {
        String pointer = "/" + index;
        try (JsonParser p = factory.createParser(body, offset, length)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                out.unreadable(index, line, FieldProblem.body(pointer, "a JSON object", kind(t)));
                return;
            }
            Map<String, Object> record = objects.readValue(p);
            if (p.nextToken() != null) {
                out.unreadable(index, line, FieldProblem.body(pointer, "one JSON object per line", "more after the object"));
                return;
            }
            out.record(index, line, record);
        } catch (JsonProcessingException e) {
            Integer column = e.getLocation() == null ? null : e.getLocation().getColumnNr();
            String detail = "line " + line + (column == null ? "" : ", column " + column) + ": malformed JSON: "
                    + e.getOriginalMessage();
            out.unreadable(index, line, new FieldProblem(pointer, null, "one JSON object per line", "malformed JSON",
                    detail, line, column));
        } catch (IOException e) {
            throw new IllegalStateException("reading from a byte array cannot fail", e);
        }
    }

    private ProblemException tooLarge(String found) {
        return new ProblemException(ProblemType.BATCH_TOO_LARGE, "a request may carry at most " + maxRecords + " "
                + noun + "; split the batch into requests of at most " + maxRecords,
                List.of(FieldProblem.body("", "at most " + maxRecords + " " + noun, found + " " + noun)), Map.of());
    }

    private static int firstNonBlank(byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        return firstNonBlank(body, start, body.length);
    }

    private static int firstNonBlank(byte[] body, int from, int to) {
        int i = from;
        while (i < to && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static String describe(byte first) {
        return switch (first) {
            case '{' -> "an object";
            case '"' -> "a string";
            default -> "'" + (char) first + "'";
        };
    }

    private static String kind(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    /** Accumulates records with their request positions (and lines for NDJSON). */
    private static final class Collector {
        private final List<Map<String, Object>> records = new ArrayList<>();
        private int[] positions = new int[16];
        private final List<Integer> lines;
        private final List<RecordErrors> unreadable = new ArrayList<>();

        Collector(boolean withLines) {
            this.lines = withLines ? new ArrayList<>() : null;
        }

        void record(int index, int line, Map<String, Object> record) {
            if (records.size() == positions.length) {
                positions = Arrays.copyOf(positions, positions.length * 2);
            }
            positions[records.size()] = index;
            records.add(record);
            if (lines != null) {
                lines.add(line);
            }
        }

        void unreadable(int index, Integer line, FieldProblem problem) {
            unreadable.add(new RecordErrors(index, line, List.of(problem)));
        }

        Batch batch() {
            return new Batch(records, Arrays.copyOf(positions, records.size()), lines, unreadable);
        }
    }
}
