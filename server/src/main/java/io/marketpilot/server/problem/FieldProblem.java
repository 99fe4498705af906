package io.marketpilot.server.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.marketpilot.core.validation.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * One offending spot in a request: a JSON Pointer (RFC 6901) into the body such as {@code /3/timestamp}, or
 * the name of a query/path parameter; what was expected, what was found, and one readable sentence. Line and
 * column are set for malformed JSON. Absent members are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String pointer, String parameter, String expected, String found, String detail,
                           Integer line, Integer column) {

    public static FieldProblem parameter(String name, String expected, String found) {
        String detail = name + ": expected " + expected + ", found " + found;
        return new FieldProblem(null, name, expected, found, detail, null, null);
    }

    public static FieldProblem body(String pointer, String expected, String found) {
        String detail = (pointer.isEmpty() ? "body" : pointer) + ": expected " + expected + ", found " + found;
        return new FieldProblem(pointer, null, expected, found, detail, null, null);
    }

    /** A core validation error of the record at {@code basePointer} (e.g. {@code /3}, or "" for the body). */
    public static FieldProblem of(FieldError error, String basePointer) {
        return new FieldProblem(basePointer + pointer(error.field()), null, error.expected(), error.found(),
                error.message(), null, null);
    }

    /**
     * Turns a field path of core's validation ({@code context.geo}, {@code category[2]}, {@code titles.en})
     * into a JSON Pointer ({@code /context/geo}, {@code /category/2}, {@code /titles/en}).
     */
    public static String pointer(String fieldPath) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < fieldPath.length(); i++) {
            char c = fieldPath.charAt(i);
            if (c == '.') {
                tokens.add(current.toString());
                current.setLength(0);
            } else if (c == '[' && fieldPath.indexOf(']', i) > i) {
                int end = fieldPath.indexOf(']', i);
                tokens.add(current.toString());
                current.setLength(0);
                current.append(fieldPath, i + 1, end);
                i = end;
            } else {
                current.append(c);
            }
        }
        tokens.add(current.toString());
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            if (!token.isEmpty()) {
                out.append('/').append(token.replace("~", "~0").replace("/", "~1"));
            }
        }
        return out.toString();
    }
}
