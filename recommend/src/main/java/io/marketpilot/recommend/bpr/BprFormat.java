package io.marketpilot.recommend.bpr;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.model.ArrayIo;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * {@code bpr} v1: provenance (its seed seeds fold-in); the whole config (fold-in needs factors, epochs, learning
 * rate and regularisation; the negatives mode by name); user and item counts; user factors, item factors
 * (row-major floats) and item biases; one history key per user (longs).
 */
final class BprFormat implements ModelFormat<BprModel> {
    @Override
    public String name() {
        return BprAlgorithm.NAME;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public byte[] write(ScoringModel model) {
        BprModel m = (BprModel) model;
        return ModelCodec.write(name(), version(), out -> {
            ProvenanceIo.write(out, m.provenance());
            writeConfig(out, m.config());
            out.writeInt(m.userCount());
            out.writeInt(m.itemCount());
            ArrayIo.writeFloats(out, m.userFactors());
            ArrayIo.writeFloats(out, m.itemFactors());
            ArrayIo.writeFloats(out, m.itemBias());
            out.writeInt(m.userKeys().length);
            for (long key : m.userKeys()) {
                out.writeLong(key);
            }
        });
    }

    @Override
    public BprModel read(byte[] bytes) {
        return ModelCodec.read(bytes, name(), (in, v) -> {
            if (v != 1) {
                throw new ModelCodec.ModelFormatException("bpr model version " + v + " is not supported (known: 1)");
            }
            var provenance = ProvenanceIo.read(in);
            BprConfig config = readConfig(in);
            int users = in.readInt();
            int items = in.readInt();
            float[] userFactors = ArrayIo.readFloats(in);
            float[] itemFactors = ArrayIo.readFloats(in);
            float[] bias = ArrayIo.readFloats(in);
            int n = in.readInt();
            if (n < 0 || n > in.available() / 8) {
                throw new IOException("implausible key count " + n);
            }
            long[] keys = new long[n];
            for (int e = 0; e < n; e++) {
                keys[e] = in.readLong();
            }
            try {
                return new BprModel(config, users, items, userFactors, itemFactors, bias, keys, provenance);
            } catch (IllegalArgumentException e) {
                throw new ModelCodec.ModelFormatException("bpr model body is inconsistent: " + e.getMessage());
            }
        });
    }

    private static void writeConfig(DataOutputStream out, BprConfig c) throws IOException {
        out.writeInt(c.factors());
        out.writeInt(c.epochs());
        out.writeDouble(c.learningRate());
        out.writeDouble(c.regularization());
        out.writeDouble(c.biasRegularization());
        out.writeUTF(c.negatives().name());
        out.writeBoolean(c.hogwild());
    }

    private static BprConfig readConfig(DataInputStream in) throws IOException {
        try {
            return new BprConfig(in.readInt(), in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(),
                BprConfig.Negatives.valueOf(in.readUTF()), in.readBoolean());
        } catch (IllegalArgumentException e) {
            throw new ModelCodec.ModelFormatException("bpr model config is invalid: " + e.getMessage());
        }
    }
}
