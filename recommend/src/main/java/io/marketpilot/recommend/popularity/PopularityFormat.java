package io.marketpilot.recommend.popularity;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.model.ArrayIo;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;

/** {@code popularity} v1: provenance, then the per-item score array. */
public final class PopularityFormat implements ModelFormat<PopularityModel> {
    @Override
    public String name() {
        return "popularity";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public byte[] write(ScoringModel model) {
        PopularityModel m = (PopularityModel) model;
        return ModelCodec.write(name(), version(), out -> {
            ProvenanceIo.write(out, m.provenance());
            ArrayIo.writeFloats(out, m.scores());
        });
    }

    @Override
    public PopularityModel read(byte[] bytes) {
        return ModelCodec.read(bytes, name(), (in, v) -> {
            if (v != 1) {
                throw new ModelCodec.ModelFormatException("popularity model version " + v + " is not supported");
            }
            var provenance = ProvenanceIo.read(in);
            return new PopularityModel(ArrayIo.readFloats(in), provenance);
        });
    }
}
