package io.marketpilot.recommend.hybrid;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** {@code hybrid} v1: provenance, then per component its algorithm name, weight and its own saved bytes. */
public final class HybridFormat implements ModelFormat<HybridModel> {
    private final Function<String, ModelFormat<? extends ScoringModel>> formats;

    /** @param formats the format of each component algorithm, by algorithm name */
    public HybridFormat(Function<String, ModelFormat<? extends ScoringModel>> formats) {
        this.formats = formats;
    }

    @Override
    public String name() {
        return "hybrid";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public byte[] write(ScoringModel model) {
        HybridModel m = (HybridModel) model;
        return ModelCodec.write(name(), version(), out -> {
            ProvenanceIo.write(out, m.provenance());
            out.writeInt(m.components().size());
            for (HybridModel.Component c : m.components()) {
                out.writeUTF(c.algorithm());
                out.writeFloat(c.weight());
                byte[] bytes = formats.apply(c.algorithm()).write(c.model());
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        });
    }

    @Override
    public HybridModel read(byte[] bytes) {
        return ModelCodec.read(bytes, name(), (in, v) -> {
            if (v != 1) {
                throw new ModelCodec.ModelFormatException("hybrid model version " + v + " is not supported");
            }
            var provenance = ProvenanceIo.read(in);
            int n = in.readInt();
            if (n < 1 || n > 64) {
                throw new java.io.IOException("implausible component count " + n);
            }
            List<HybridModel.Component> cs = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                String algorithm = in.readUTF();
                float weight = in.readFloat();
                int len = in.readInt();
                if (len < 0 || len > bytes.length) {
                    throw new java.io.IOException("implausible component size " + len);
                }
                byte[] body = in.readNBytes(len);
                cs.add(new HybridModel.Component(algorithm, formats.apply(algorithm).read(body), weight));
            }
            return new HybridModel(cs, provenance);
        });
    }
}
