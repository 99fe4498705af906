package io.marketpilot.engine.imports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.engine.imports.ImportReport.BadRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The rejects of a {@code --skip-invalid} import, as JSON lines ({@code source}, {@code line},
 * {@code errors}, {@code record}) beside the input ({@code <input>.rejects.jsonl}); when the input's
 * folder is read-only, under {@code <data-dir>/rejects/}. Created only when there is a reject to write.
 */
final class RejectsFile implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Path input;
    private final Path dataDir;
    private final boolean enabled;
    private Path path;
    private Writer out;

    RejectsFile(Path input, Path dataDir, boolean enabled) {
        this.input = input.toAbsolutePath().normalize();
        this.dataDir = dataDir;
        this.enabled = enabled;
    }

    void write(BadRow row, Map<String, Object> record) {
        if (!enabled) {
            return;
        }
        try {
            if (out == null) {
                open();
            }
            Map<String, Object> line = new java.util.LinkedHashMap<>();
            line.put("source", row.source());
            line.put("line", row.line());
            line.put("errors", row.errors().stream().map(RejectsFile::error).toList());
            if (record != null) {
                line.put("record", record);
            }
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file " + path, e);
        }
    }

    private static Map<String, String> error(FieldError e) {
        return Map.of("field", e.field(), "expected", e.expected(), "found", e.found());
    }

    private void open() throws IOException {
        String name = input.getFileName() + ".rejects.jsonl";
        Path folder = input.getParent();
        if (folder == null || !Files.isWritable(folder)) {
            folder = dataDir.resolve("rejects");
            Files.createDirectories(folder);
        }
        path = folder.resolve(name);
        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    /** Where the rejects went, or null when there were none. */
    Path path() {
        return path;
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the rejects file " + path, e);
            }
        }
    }
}
