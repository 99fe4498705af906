package io.marketpilot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a value as indented snake_case JSON to a file (saying where) or to standard output. */
final class JsonOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private JsonOutput() {
    }

    static void write(Object value, Path output, PrintWriter out) throws IOException {
        String json = JSON.writeValueAsString(value);
        if (output == null) {
            out.println(json);
        } else {
            Files.writeString(output, json + "\n");
            out.println("written to " + output);
        }
        out.flush();
    }
}
