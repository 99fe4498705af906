package io.marketpilot.bench.sparkals;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.model.ArrayIo;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;

/**
 * {@code spark-als} v1: provenance, rank, regParam and alpha (fold-in needs them), then user and item factors
 * (row-major, rank floats per row).
 */
public final class SparkAlsFormat implements ModelFormat<SparkAlsModel> {
    @Override
    public String name() {
        return "spark-als";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public byte[] write(ScoringModel model) {
        SparkAlsModel m = (SparkAlsModel) model;
        return ModelCodec.write(name(), version(), out -> {
            ProvenanceIo.write(out, m.provenance());
            out.writeInt(m.rank());
            out.writeDouble(m.regParam());
            out.writeDouble(m.alpha());
            ArrayIo.writeFloats(out, m.userFactors());
            ArrayIo.writeFloats(out, m.itemFactors());
        });
    }

    @Override
    public SparkAlsModel read(byte[] bytes) {
        return ModelCodec.read(bytes, name(), (in, v) -> {
            if (v != 1) {
                throw new ModelCodec.ModelFormatException("spark-als model version " + v + " is not supported");
            }
            var provenance = ProvenanceIo.read(in);
            int rank = in.readInt();
            double regParam = in.readDouble();
            double alpha = in.readDouble();
            float[] users = ArrayIo.readFloats(in);
            float[] items = ArrayIo.readFloats(in);
            if (rank < 1 || users.length % rank != 0 || items.length % rank != 0) {
                throw new ModelCodec.ModelFormatException("spark-als factors (" + users.length + ", " + items.length
                    + " floats) are not whole rows of rank " + rank);
            }
            return new SparkAlsModel(rank, regParam, alpha, users, items, provenance);
        });
    }
}
