package io.marketpilot.recommend.content;

import io.marketpilot.recommend.model.Csr;
import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.core.model.ModelCodec.ModelFormatException;
import io.marketpilot.recommend.model.ArrayIo;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;

/**
 * {@code content} v1: provenance; recency decay and profile length; per-item popularity; unit item vectors (start,
 * dims, values) — whatever their source, dense ones included; neighbour lists (start, items, cosines). The inverted
 * index is rebuilt on reading.
 */
public final class ContentFormat implements ModelFormat<ContentModel> {
    @Override
    public String name() {
        return ContentAlgorithm.NAME;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public byte[] write(ScoringModel model) {
        ContentModel m = (ContentModel) model;
        return ModelCodec.write(name(), version(), out -> {
            ProvenanceIo.write(out, m.provenance());
            out.writeDouble(m.recencyDecay());
            out.writeInt(m.profileLength());
            ArrayIo.writeFloats(out, m.popularity());
            for (Rows r : new Rows[] {m.vectors(), m.neighbours()}) {
                ArrayIo.writeInts(out, r.start());
                ArrayIo.writeInts(out, r.col());
                ArrayIo.writeFloats(out, r.value());
            }
        });
    }

    @Override
    public ContentModel read(byte[] bytes) {
        return ModelCodec.read(bytes, name(), (in, v) -> {
            if (v != 1) {
                throw new ModelFormatException(name() + " model version " + v + " is not supported (known: 1)");
            }
            var provenance = ProvenanceIo.read(in);
            double decay = in.readDouble();
            int profileLength = in.readInt();
            float[] popularity = ArrayIo.readFloats(in);
            int n = popularity.length;
            Rows vectors = new Rows(ArrayIo.readInts(in), ArrayIo.readInts(in), ArrayIo.readFloats(in));
            Rows neighbours = new Rows(ArrayIo.readInts(in), ArrayIo.readInts(in), ArrayIo.readFloats(in));
            boolean ok = decay > 0 && decay <= 1 && profileLength >= 1
                && Csr.valid(vectors.start(), n, vectors.col().length) && vectors.value().length == vectors.col().length
                && Csr.inRange(vectors.col(), Integer.MAX_VALUE)
                && Csr.valid(neighbours.start(), n, neighbours.col().length)
                && neighbours.value().length == neighbours.col().length && Csr.inRange(neighbours.col(), n);
            if (!ok) {
                throw new ModelFormatException("content model has inconsistent vectors, neighbours or settings");
            }
            return new ContentModel(vectors, neighbours, popularity, decay, profileLength, provenance);
        });
    }
}
