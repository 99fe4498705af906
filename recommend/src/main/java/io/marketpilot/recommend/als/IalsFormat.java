package io.marketpilot.recommend.als;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.model.ArrayIo;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * {@code ials} v1: provenance; the whole config (fold-in needs factors, lambda, alpha, confidence mode, epsilon,
 * regularisation scaling and solver; enums by name); user and item counts; user factors and item factors
 * (row-major floats); one history key per user (longs) to recognise unchanged training histories.
 */
final class IalsFormat implements ModelFormat<IalsModel> {
    @Override
    public String name() {
        return IalsAlgorithm.NAME;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public byte[] write(ScoringModel model) {
        IalsModel m = (IalsModel) model;
        return ModelCodec.write(name(), version(), out -> {
            ProvenanceIo.write(out, m.provenance());
            writeConfig(out, m.config());
            out.writeInt(m.userCount());
            out.writeInt(m.itemCount());
            ArrayIo.writeFloats(out, m.userFactors());
            ArrayIo.writeFloats(out, m.itemFactors());
            writeLongs(out, m.userKeys());
        });
    }

    @Override
    public IalsModel read(byte[] bytes) {
        return ModelCodec.read(bytes, name(), (in, v) -> {
            if (v != 1) {
                throw new ModelCodec.ModelFormatException("ials model version " + v + " is not supported (known: 1)");
            }
            var provenance = ProvenanceIo.read(in);
            IalsConfig config = readConfig(in);
            int users = in.readInt();
            int items = in.readInt();
            float[] userFactors = ArrayIo.readFloats(in);
            float[] itemFactors = ArrayIo.readFloats(in);
            long[] keys = readLongs(in);
            try {
                return new IalsModel(config, users, items, userFactors, itemFactors, keys, provenance);
            } catch (IllegalArgumentException e) {
                throw new ModelCodec.ModelFormatException("ials model body is inconsistent: " + e.getMessage());
            }
        });
    }

    private static void writeConfig(DataOutputStream out, IalsConfig c) throws IOException {
        out.writeInt(c.factors());
        out.writeDouble(c.lambda());
        out.writeDouble(c.alpha());
        out.writeInt(c.iterations());
        out.writeUTF(c.confidence().name());
        out.writeDouble(c.epsilon());
        out.writeUTF(c.regScaling().name());
        out.writeUTF(c.solver().name());
        out.writeInt(c.cgSteps());
    }

    private static IalsConfig readConfig(DataInputStream in) throws IOException {
        try {
            return new IalsConfig(in.readInt(), in.readDouble(), in.readDouble(), in.readInt(),
                IalsConfig.Confidence.valueOf(in.readUTF()), in.readDouble(),
                IalsConfig.RegScaling.valueOf(in.readUTF()), IalsConfig.Solver.valueOf(in.readUTF()), in.readInt());
        } catch (IllegalArgumentException e) {
            throw new ModelCodec.ModelFormatException("ials model config is invalid: " + e.getMessage());
        }
    }

    private static void writeLongs(DataOutputStream out, long[] a) throws IOException {
        out.writeInt(a.length);
        for (long x : a) {
            out.writeLong(x);
        }
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available() / 8) {
            throw new IOException("implausible key count " + n);
        }
        long[] a = new long[n];
        for (int e = 0; e < n; e++) {
            a[e] = in.readLong();
        }
        return a;
    }
}
