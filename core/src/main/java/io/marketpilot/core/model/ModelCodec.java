package io.marketpilot.core.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The envelope every saved model shares: magic {@code MPMODEL1}, the format name, the format version,
 * the body, and a CRC32C of everything before it. Readers check all four before touching the body, so
 * a truncated, corrupted or foreign file fails with a message instead of a garbage model.
 */
public final class ModelCodec {
    private static final byte[] MAGIC = "MPMODEL1".getBytes(StandardCharsets.US_ASCII);

    private ModelCodec() {}

    /** Writes a body through {@code body} and wraps it in the envelope. */
    public static byte[] write(String format, int version, BodyWriter body) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeUTF(format);
            out.writeInt(version);
            body.write(out);
            out.flush();
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the envelope and hands the body (with its version) to {@code body}. */
    public static <T> T read(byte[] data, String format, BodyReader<T> body) {
        if (data.length < MAGIC.length + 8 + 4) {
            throw new ModelFormatException("model file is truncated (" + data.length + " bytes)");
        }
        CRC32C crc = new CRC32C();
        crc.update(data, 0, data.length - 8);
        long stored = java.nio.ByteBuffer.wrap(data, data.length - 8, 8).getLong();
        if (stored != crc.getValue()) {
            throw new ModelFormatException("model file checksum mismatch: the file is corrupted or truncated");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, 0, data.length - 8))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new ModelFormatException("not a MarketPilot model file (bad magic)");
            }
            String actual = in.readUTF();
            if (!actual.equals(format)) {
                throw new ModelFormatException("expected a '" + format + "' model, found '" + actual + "'");
            }
            int version = in.readInt();
            return body.read(in, version);
        } catch (IOException e) {
            throw new ModelFormatException("model file body is malformed: " + e.getMessage());
        }
    }

    /** Writes a model body. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads a model body of a given format version; must reject versions it does not know. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(DataInputStream in, int version) throws IOException;
    }

    /** A saved model that cannot be read: wrong format, unknown version, or corrupted bytes. */
    public static final class ModelFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ModelFormatException(String message) {
            super(message);
        }
    }
}
