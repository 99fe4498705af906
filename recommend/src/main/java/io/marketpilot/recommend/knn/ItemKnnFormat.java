package io.marketpilot.recommend.knn;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.model.ArrayIo;
import io.marketpilot.recommend.model.HistoryDecay;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;

/**
 * {@code item-knn} v2: provenance, the weighted flag, the history decay (gamma, floor as doubles), then the neighbour
 * lists (offsets, items, similarities). v1 (no decay) is still read, as a model without history decay.
 */
final class ItemKnnFormat implements ModelFormat<ItemKnnModel> {
    @Override
    public String name() {
        return "item-knn";
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public byte[] write(ScoringModel model) {
        ItemKnnModel m = (ItemKnnModel) model;
        return ModelCodec.write(name(), version(), out -> {
            ProvenanceIo.write(out, m.provenance());
            out.writeBoolean(m.weighted());
            out.writeDouble(m.decay().gamma());
            out.writeDouble(m.decay().floor());
            ArrayIo.writeInts(out, m.lists().start());
            ArrayIo.writeInts(out, m.lists().items());
            ArrayIo.writeFloats(out, m.lists().sims());
        });
    }

    @Override
    public ItemKnnModel read(byte[] bytes) {
        return ModelCodec.read(bytes, name(), (in, v) -> {
            if (v != 1 && v != 2) {
                throw new ModelCodec.ModelFormatException("item-knn model version " + v
                    + " is not supported (known: 1, 2)");
            }
            var provenance = ProvenanceIo.read(in);
            boolean weighted = in.readBoolean();
            HistoryDecay decay = v == 1 ? HistoryDecay.NONE : decay(in.readDouble(), in.readDouble());
            int[] start = ArrayIo.readInts(in);
            int[] items = ArrayIo.readInts(in);
            float[] sims = ArrayIo.readFloats(in);
            String problem = NeighbourLists.problem(start, items, sims);
            if (problem != null) {
                throw new ModelCodec.ModelFormatException("item-knn model is inconsistent: " + problem);
            }
            return new ItemKnnModel(new NeighbourLists(start, items, sims), weighted, decay, provenance);
        });
    }

    private static HistoryDecay decay(double gamma, double floor) {
        try {
            return new HistoryDecay(gamma, floor);
        } catch (IllegalArgumentException e) {
            throw new ModelCodec.ModelFormatException("item-knn model has an invalid " + e.getMessage());
        }
    }
}
