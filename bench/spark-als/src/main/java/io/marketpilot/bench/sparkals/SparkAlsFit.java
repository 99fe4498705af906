package io.marketpilot.bench.sparkals;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.TrainContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One Spark ALS fit: our (user index, item index, weight) pairs become a DataFrame whose ids ARE our indices, so the
 * learned factors come back straight into arrays indexed like our dictionaries. Users or items without any training
 * pair get no factor from Spark and keep zeros.
 */
final class SparkAlsFit {
    private static final StructType SCHEMA = new StructType()
        .add("user", DataTypes.IntegerType, false)
        .add("item", DataTypes.IntegerType, false)
        .add("rating", DataTypes.FloatType, false);

    private SparkAlsFit() {}

    /** Serialised: fits share one local session whose caches are cleared after each fit. */
    static synchronized SparkAlsModel fit(String name, SparkAlsConfig config, Interactions data, TrainContext ctx) {
        ctx.progress().accept(0.0);
        SparkSession spark = LocalSpark.session();
        try {
            Dataset<Row> ratings = spark.createDataFrame(rows(data), SCHEMA);
            ctx.progress().accept(0.05);
            ALSModel fitted = new ALS()
                .setRank(config.rank())
                .setRegParam(config.regParam())
                .setAlpha(config.alpha())
                .setMaxIter(config.maxIter())
                .setImplicitPrefs(config.implicitPrefs())
                .setNumBlocks(config.numBlocks())
                .setSeed(ctx.seed())
                .setUserCol("user")
                .setItemCol("item")
                .setRatingCol("rating")
                .fit(ratings);
            ctx.progress().accept(0.9);
            int rank = config.rank();
            float[] users = factors(fitted.userFactors(), data.userCount(), rank);
            float[] items = factors(fitted.itemFactors(), data.itemCount(), rank);
            ctx.progress().accept(1.0);
            return new SparkAlsModel(rank, config.regParam(), config.alpha(), users, items,
                ProvenanceIo.of(name, config, data.fingerprint(), ctx));
        } finally {
            LocalSpark.releaseCaches();
        }
    }

    private static List<Row> rows(Interactions data) {
        List<Row> rows = new ArrayList<>(data.pairs());
        for (int u = 0; u < data.userCount(); u++) {
            for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
                rows.add(RowFactory.create(u, data.col(p), data.weight(p)));
            }
        }
        return rows;
    }

    /** Row-major {@code count × rank} from Spark's (id, features) rows. */
    private static float[] factors(Dataset<Row> byId, int count, int rank) {
        float[] out = new float[Math.multiplyExact(count, rank)];
        for (Row row : byId.collectAsList()) {
            int id = row.getInt(0);
            List<Float> f = row.getList(1);
            if (f.size() != rank) {
                throw new IllegalStateException("Spark returned " + f.size() + " features for id " + id
                    + ", expected rank " + rank);
            }
            for (int k = 0; k < rank; k++) {
                out[id * rank + k] = f.get(k);
            }
        }
        return out;
    }
}
