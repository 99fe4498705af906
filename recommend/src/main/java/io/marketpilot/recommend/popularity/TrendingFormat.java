package io.marketpilot.recommend.popularity;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.model.ArrayIo;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;

/** {@code trending} v1: provenance, window, per-item offsets, sorted pair times, all-time rank scores. */
public final class TrendingFormat implements ModelFormat<TrendingModel> {
    @Override
    public String name() {
        return "trending";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public byte[] write(ScoringModel model) {
        TrendingModel m = (TrendingModel) model;
        return ModelCodec.write(name(), version(), out -> {
            ProvenanceIo.write(out, m.provenance());
            out.writeLong(m.windowMillis());
            ArrayIo.writeInts(out, m.start());
            out.writeInt(m.times().length);
            for (long t : m.times()) {
                out.writeLong(t);
            }
            ArrayIo.writeFloats(out, m.allTime());
        });
    }

    @Override
    public TrendingModel read(byte[] bytes) {
        return ModelCodec.read(bytes, name(), (in, v) -> {
            if (v != 1) {
                throw new ModelCodec.ModelFormatException("trending model version " + v + " is not supported");
            }
            var provenance = ProvenanceIo.read(in);
            long window = in.readLong();
            int[] start = ArrayIo.readInts(in);
            int n = in.readInt();
            if (n < 0 || n > bytes.length / 8) {
                throw new java.io.IOException("implausible time count " + n);
            }
            long[] times = new long[n];
            for (int k = 0; k < n; k++) {
                times[k] = in.readLong();
            }
            return new TrendingModel(window, start, times, ArrayIo.readFloats(in), provenance);
        });
    }
}
