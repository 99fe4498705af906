package io.marketpilot.engine.insight;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Analysed reviews, appended to one file under the data directory ({@code nlp/reviews.v1}) and read back in full at
 * start. Each append is flushed and forced before it returns; a torn last record (crash mid-write) is cut off on
 * read. Format: magic {@code MPREV1}, then records of UTF strings, longs and doubles (see {@link #append}).
 */
final class ReviewAnalysisLog {
    private static final String MAGIC = "MPREV1";

    private final Path file;

    ReviewAnalysisLog(Path file) {
        this.file = file;
    }

    synchronized List<AnalysedReview> readAll() {
        List<AnalysedReview> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        long good = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            long size = ch.size();
            if (!in.readUTF().equals(MAGIC)) {
                throw new IllegalStateException(file + " is not a MarketPilot review analysis log");
            }
            good = 2 + MAGIC.length();
            CountingReads counter = new CountingReads(in);
            while (good < size) {
                out.add(counter.record());
                good += counter.take();
            }
        } catch (EOFException torn) {
            truncate(good);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    synchronized void append(List<AnalysedReview> reviews) {
        if (reviews.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                if (fresh) {
                    out.writeUTF(MAGIC);
                }
                for (AnalysedReview r : reviews) {
                    out.writeUTF(r.eventId());
                    out.writeUTF(r.itemId());
                    out.writeLong(r.timestamp().toEpochMilli());
                    out.writeUTF(clip(r.text()));
                    out.writeDouble(r.positive());
                    out.writeUTF(r.polarity());
                    out.writeInt(r.aspects().size());
                    for (AnalysedReview.Mention m : r.aspects()) {
                        out.writeUTF(m.aspect());
                        out.writeUTF(m.polarity());
                        out.writeUTF(clip(m.clause()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    /** writeUTF holds at most 65,535 bytes; 20,000 chars of CJK (3 bytes each) stay under it. */
    private static String clip(String s) {
        return s.length() > 20_000 ? s.substring(0, 20_000) : s;
    }

    private void truncate(long size) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (ch.size() > size) {
                ch.truncate(size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair " + file, e);
        }
    }

    /** Reads one record and reports how many bytes it took. */
    private static final class CountingReads {
        private final DataInputStream in;
        private long bytes;

        CountingReads(DataInputStream in) {
            this.in = in;
        }

        AnalysedReview record() throws IOException {
            String id = utf();
            String item = utf();
            long ts = in.readLong();
            String text = utf();
            double p = in.readDouble();
            String polarity = utf();
            int n = in.readInt();
            bytes += 8 + 8 + 4;
            List<AnalysedReview.Mention> ms = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ms.add(new AnalysedReview.Mention(utf(), utf(), utf()));
            }
            return new AnalysedReview(id, item, Instant.ofEpochMilli(ts), text, p, polarity, ms);
        }

        private String utf() throws IOException {
            String s = in.readUTF();
            bytes += 2 + utfLength(s);
            return s;
        }

        long take() {
            long b = bytes;
            bytes = 0;
            return b;
        }

        private static int utfLength(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                n += c >= 1 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
            }
            return n;
        }
    }
}
