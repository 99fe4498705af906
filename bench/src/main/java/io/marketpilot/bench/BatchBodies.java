package io.marketpilot.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Request bodies serialised before the clock starts: batch k is the JSON array {@code [line, line, …]} of
 * demo events, stored back to back in one file. The client sends them with {@code sendfile} straight from the
 * page cache, so sending costs it almost no CPU and the bodies add nothing to this process's heap or RSS.
 */
final class BatchBodies implements AutoCloseable {
    private final FileChannel file;
    private final long[] offsets;
    private final int[] lengths;
    private final long events;

    private BatchBodies(FileChannel file, long[] offsets, int[] lengths, long events) {
        this.file = file;
        this.offsets = offsets;
        this.lengths = lengths;
        this.events = events;
    }

    /** Bodies of {@code batch} events each from the first {@code skip + events} lines of {@code jsonl}, skipping {@code skip}. */
    static BatchBodies write(Path jsonl, long skip, long events, int batch, Path target) throws IOException {
        int batches = (int) ((events + batch - 1) / batch);
        long[] offsets = new long[batches];
        int[] lengths = new int[batches];
        long written = 0;
        long taken = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
            int k = -1;
            int inBatch = batch;
            long skipped = 0;
            for (String line = in.readLine(); line != null && taken < events; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                if (skipped < skip) {
                    skipped++;
                    continue;
                }
                if (inBatch == batch) {
                    if (k >= 0) {
                        out.write(']');
                        written++;
                        lengths[k] = (int) (written - offsets[k]);
                    }
                    offsets[++k] = written;
                    out.write('[');
                    written++;
                    inBatch = 0;
                } else {
                    out.write(',');
                    written++;
                }
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                written += bytes.length;
                inBatch++;
                taken++;
            }
            if (k >= 0) {
                out.write(']');
                written++;
                lengths[k] = (int) (written - offsets[k]);
            }
        }
        if (taken < events) {
            throw new IOException(jsonl + " holds fewer than " + (skip + events) + " events");
        }
        return new BatchBodies(FileChannel.open(target, StandardOpenOption.READ), offsets, lengths, taken);
    }

    int count() {
        return offsets.length;
    }

    long events() {
        return events;
    }

    long offset(int batch) {
        return offsets[batch];
    }

    int length(int batch) {
        return lengths[batch];
    }

    long totalBytes() {
        long sum = 0;
        for (int l : lengths) {
            sum += l;
        }
        return sum;
    }

    FileChannel file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
