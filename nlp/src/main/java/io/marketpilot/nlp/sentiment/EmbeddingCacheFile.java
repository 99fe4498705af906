package io.marketpilot.nlp.sentiment;

import io.marketpilot.nlp.encoder.TextEncoder;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Encodings of a training corpus kept in a file under a cache directory (never in the repository), so re-training
 * does not re-encode 60k reviews. One file per encoder name; records ({@code id}, {@code dim} floats) are appended in
 * chunks, so an interrupted run resumes where it stopped (a torn last record is cut off).
 */
public final class EmbeddingCacheFile {
    private static final int MAGIC = 0x4D50454D; // "MPEM"
    private static final int CHUNK = 512;

    private EmbeddingCacheFile() {}

    /** The file for {@code encoder} in {@code dir}. */
    public static Path fileFor(Path dir, TextEncoder encoder) {
        return dir.resolve("sentiment-corpus-" + encoder.name() + ".emb");
    }

    /**
     * Encodings of every text, by id: read from the file, the missing ones encoded and appended; {@code progress}
     * gets (done, total).
     */
    public static Map<String, float[]> encode(Path file, TextEncoder encoder, List<LabelledText> texts,
                                              BiConsumer<Integer, Integer> progress) {
        Map<String, float[]> known = read(file, encoder.dimension());
        List<LabelledText> missing = new ArrayList<>();
        for (LabelledText t : texts) {
            if (!known.containsKey(t.id())) {
                missing.add(t);
            }
        }
        int done = texts.size() - missing.size();
        progress.accept(done, texts.size());
        if (missing.isEmpty()) {
            return known;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 20))) {
                if (fresh) {
                    out.writeInt(MAGIC);
                    out.writeInt(encoder.dimension());
                }
                for (int from = 0; from < missing.size(); from += CHUNK) {
                    List<LabelledText> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
                    List<float[]> vectors = encoder.encodeAll(chunk.stream().map(LabelledText::text).toList());
                    for (int i = 0; i < chunk.size(); i++) {
                        out.writeUTF(chunk.get(i).id());
                        for (float x : vectors.get(i)) {
                            out.writeFloat(x);
                        }
                        known.put(chunk.get(i).id(), vectors.get(i));
                    }
                    out.flush();
                    done += chunk.size();
                    progress.accept(done, texts.size());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedding cache " + file, e);
        }
        return known;
    }

    static Map<String, float[]> read(Path file, int dim) {
        Map<String, float[]> out = new HashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        long good = 8;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            if (in.readInt() != MAGIC || in.readInt() != dim) {
                throw new IllegalStateException(file + " is not an embedding cache of dimension " + dim
                    + ": delete it and run again");
            }
            while (true) {
                String id = in.readUTF();
                float[] v = new float[dim];
                for (int i = 0; i < dim; i++) {
                    v[i] = in.readFloat();
                }
                out.put(id, v);
                good += 2 + id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 4L * dim;
            }
        } catch (EOFException torn) {
            truncate(file, good);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding cache " + file, e);
        }
        return out;
    }

    private static void truncate(Path file, long size) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (ch.size() > size) {
                ch.truncate(size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair the embedding cache " + file, e);
        }
    }
}
