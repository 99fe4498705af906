package io.marketpilot.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.marketpilot.server.problem.FieldProblem;

/** Turns Jackson's parse failures into a field problem with line, column and, when known, a JSON Pointer. */
final class MalformedJson {
    private MalformedJson() {}

    static FieldProblem describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 1 ? null : at.getColumnNr();
        String where = line == null ? "" : " at line " + line + (column == null ? "" : ", column " + column);
        String pointer = pointer(e);
        String detail = "malformed JSON" + where + (pointer.isEmpty() ? "" : " (" + pointer + ")") + ": "
                + e.getOriginalMessage();
        return new FieldProblem(pointer, null, "valid JSON", "malformed JSON", detail, line, column);
    }

    private static String pointer(JsonProcessingException e) {
        if (e instanceof DatabindException d && d instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder out = new StringBuilder();
            for (JsonMappingException.Reference ref : m.getPath()) {
                out.append('/').append(ref.getFieldName() != null
                        ? ref.getFieldName().replace("~", "~0").replace("/", "~1")
                        : Integer.toString(ref.getIndex()));
            }
            return out.toString();
        }
        if (e instanceof StreamReadException s && s.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
            return p.getParsingContext().pathAsPointer().toString();
        }
        return "";
    }
}
