package io.marketpilot.data.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A UTF-8 file written one {@link JsonLine} at a time, each followed by {@code \n}. */
final class JsonlFile implements Closeable {

    private final Writer writer;
    private final JsonLine line = new JsonLine();
    private long lines;

    JsonlFile(Path path) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** The line to fill; cleared. Call {@link #commit()} when it is complete. */
    JsonLine next() {
        return line.reset();
    }

    void commit() throws IOException {
        writer.append(line.text()).append('\n');
        lines++;
    }

    long lines() {
        return lines;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
