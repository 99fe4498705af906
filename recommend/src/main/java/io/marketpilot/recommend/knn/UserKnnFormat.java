package io.marketpilot.recommend.knn;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.model.ArrayIo;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;

/**
 * {@code user-knn} v1: provenance, k, shrink, the weighted flag, the item count, then the training rows (offsets,
 * items, values). The item index and norms are rebuilt on reading.
 */
final class UserKnnFormat implements ModelFormat<UserKnnModel> {
    @Override
    public String name() {
        return "user-knn";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public byte[] write(ScoringModel model) {
        UserKnnModel m = (UserKnnModel) model;
        return ModelCodec.write(name(), version(), out -> {
            ProvenanceIo.write(out, m.provenance());
            out.writeInt(m.config().k());
            out.writeDouble(m.config().shrink());
            out.writeBoolean(m.config().weighted());
            out.writeInt(m.rows().itemCount());
            ArrayIo.writeInts(out, m.rows().start());
            ArrayIo.writeInts(out, m.rows().items());
            ArrayIo.writeFloats(out, m.rows().values());
        });
    }

    @Override
    public UserKnnModel read(byte[] bytes) {
        return ModelCodec.read(bytes, name(), (in, v) -> {
            if (v != 1) {
                throw new ModelCodec.ModelFormatException("user-knn model version " + v
                    + " is not supported (known: 1)");
            }
            var provenance = ProvenanceIo.read(in);
            UserKnnConfig config;
            try {
                config = new UserKnnConfig(in.readInt(), in.readDouble(), in.readBoolean());
            } catch (IllegalArgumentException e) {
                throw new ModelCodec.ModelFormatException("user-knn model has an invalid config: " + e.getMessage());
            }
            int itemCount = in.readInt();
            int[] start = ArrayIo.readInts(in);
            int[] items = ArrayIo.readInts(in);
            float[] values = ArrayIo.readFloats(in);
            String problem = UserRows.problem(itemCount, start, items, values);
            if (problem != null) {
                throw new ModelCodec.ModelFormatException("user-knn model is inconsistent: " + problem);
            }
            return new UserKnnModel(UserRows.of(itemCount, start, items, values), config, provenance);
        });
    }
}
