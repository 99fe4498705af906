package io.marketpilot.engine.recommend;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.data.IdDictionary;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsIo;
import io.marketpilot.recommend.model.Algorithms;
import io.marketpilot.recommend.model.ArrayIo;
import io.marketpilot.recommend.model.ProvenanceIo;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code shop-recommender} v1: provenance; item and customer dictionaries; history and purchase matrices; the
 * components (role, algorithm, the component's own saved bytes in its own versioned format); group popularity.
 */
public final class ShopModelsFormat {
    public static final String NAME = "shop-recommender";
    private static final int VERSION = 1;

    private final Algorithms algorithms;

    public ShopModelsFormat(Algorithms algorithms) {
        this.algorithms = algorithms;
    }

    public byte[] write(ShopModels m) {
        return ModelCodec.write(NAME, VERSION, out -> {
            ProvenanceIo.write(out, m.provenance());
            InteractionsIo.writeDictionary(out, m.items());
            InteractionsIo.writeDictionary(out, m.users());
            InteractionsIo.writeMatrix(out, m.history());
            InteractionsIo.writeMatrix(out, m.purchased());
            Map<String, ShopModels.Component> sorted = new TreeMap<>(m.components());
            out.writeInt(sorted.size());
            for (var e : sorted.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue().algorithm());
                byte[] body = algorithms.get(e.getValue().algorithm()).format().write(e.getValue().model());
                out.writeInt(body.length);
                out.write(body);
            }
            Map<String, GroupPopularity.Ranked> groups = new TreeMap<>(m.groups().byGroup());
            out.writeInt(groups.size());
            for (var e : groups.entrySet()) {
                out.writeUTF(e.getKey());
                ArrayIo.writeInts(out, e.getValue().items());
                ArrayIo.writeFloats(out, e.getValue().scores());
            }
        });
    }

    public ShopModels read(byte[] bytes) {
        return ModelCodec.read(bytes, NAME, (in, v) -> {
            if (v != VERSION) {
                throw new ModelCodec.ModelFormatException(NAME + " version " + v + " is not supported by this "
                    + "MarketPilot; retrain with `bin/marketpilot train`");
            }
            var provenance = ProvenanceIo.read(in);
            IdDictionary items = InteractionsIo.readDictionary(in);
            IdDictionary users = InteractionsIo.readDictionary(in);
            Interactions history = InteractionsIo.readMatrix(in, users, items);
            Interactions purchased = InteractionsIo.readMatrix(in, users, items);
            int n = in.readInt();
            if (n < 0 || n > 32) {
                throw new IOException("implausible component count " + n);
            }
            Map<String, ShopModels.Component> components = new LinkedHashMap<>();
            for (int k = 0; k < n; k++) {
                String role = in.readUTF();
                String algorithm = in.readUTF();
                int len = in.readInt();
                if (len < 0 || len > bytes.length) {
                    throw new IOException("implausible component size " + len);
                }
                byte[] body = in.readNBytes(len);
                components.put(role, new ShopModels.Component(algorithm,
                    algorithms.get(algorithm).format().read(body)));
            }
            int g = in.readInt();
            if (g < 0 || g > 1_000_000) {
                throw new IOException("implausible group count " + g);
            }
            Map<String, GroupPopularity.Ranked> groups = new LinkedHashMap<>();
            for (int k = 0; k < g; k++) {
                String key = in.readUTF();
                groups.put(key, new GroupPopularity.Ranked(ArrayIo.readInts(in), ArrayIo.readFloats(in)));
            }
            return new ShopModels(items, users, history, purchased, components, new GroupPopularity(groups),
                provenance);
        });
    }
}
