package io.marketpilot.recommend.ease;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.model.ArrayIo;
import io.marketpilot.recommend.model.HistoryDecay;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;

/**
 * {@code ease} v2: provenance, the weighted flag, the history decay (gamma, floor as doubles), the item count n, then
 * the n rows of B as float arrays. v1 (no decay) is still read, as a model without history decay.
 * The envelope is one byte array, so a model file holds at most about 23,000 items (4n² bytes below 2 GiB).
 */
final class EaseFormat implements ModelFormat<EaseModel> {
    /** Largest n whose 4n² bytes of B, plus headers, fit in one Java byte array. */
    static final int MAX_PERSISTED_ITEMS = 23_000;

    @Override
    public String name() {
        return "ease";
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public byte[] write(ScoringModel model) {
        EaseModel m = (EaseModel) model;
        float[][] b = m.matrix();
        if (b.length > MAX_PERSISTED_ITEMS) {
            throw new IllegalArgumentException("an ease model of " + b.length + " items is " + 4L * b.length * b.length
                / (1 << 20) + " MiB, more than one model file can hold (at most " + MAX_PERSISTED_ITEMS + " items)");
        }
        return ModelCodec.write(name(), version(), out -> {
            ProvenanceIo.write(out, m.provenance());
            out.writeBoolean(m.weighted());
            out.writeDouble(m.decay().gamma());
            out.writeDouble(m.decay().floor());
            out.writeInt(b.length);
            for (float[] row : b) {
                ArrayIo.writeFloats(out, row);
            }
        });
    }

    @Override
    public EaseModel read(byte[] bytes) {
        return ModelCodec.read(bytes, name(), (in, v) -> {
            if (v != 1 && v != 2) {
                throw new ModelCodec.ModelFormatException("ease model version " + v + " is not supported (known: 1, 2)");
            }
            var provenance = ProvenanceIo.read(in);
            boolean weighted = in.readBoolean();
            HistoryDecay decay = v == 1 ? HistoryDecay.NONE : decay(in.readDouble(), in.readDouble());
            int n = in.readInt();
            if (n < 0 || n > MAX_PERSISTED_ITEMS) {
                throw new ModelCodec.ModelFormatException("ease model claims " + n + " items");
            }
            float[][] b = new float[n][];
            for (int i = 0; i < n; i++) {
                b[i] = ArrayIo.readFloats(in);
                if (b[i].length != n) {
                    throw new ModelCodec.ModelFormatException("ease row " + i + " has " + b[i].length
                        + " weights, expected " + n);
                }
            }
            return new EaseModel(b, weighted, decay, provenance);
        });
    }

    private static HistoryDecay decay(double gamma, double floor) {
        try {
            return new HistoryDecay(gamma, floor);
        } catch (IllegalArgumentException e) {
            throw new ModelCodec.ModelFormatException("ease model has an invalid " + e.getMessage());
        }
    }
}
