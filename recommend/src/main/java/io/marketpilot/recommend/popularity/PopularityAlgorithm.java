package io.marketpilot.recommend.popularity;

import io.marketpilot.core.model.Trainer;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TrainContext;
import java.util.List;

/**
 * Item popularity: the number of users with the item. Two registered flavours: {@code popularity} (all training
 * data) and {@code recent-popularity} (last 7 days before the latest training time, ties by all-time counts).
 */
public final class PopularityAlgorithm implements Algorithm<PopularityConfig> {
    private final String name;
    private final PopularityConfig defaults;

    private PopularityAlgorithm(String name, PopularityConfig defaults) {
        this.name = name;
        this.defaults = defaults;
    }

    public static PopularityAlgorithm allTime() {
        return new PopularityAlgorithm("popularity", new PopularityConfig(0));
    }

    public static PopularityAlgorithm recent() {
        return new PopularityAlgorithm("recent-popularity", new PopularityConfig(7));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PopularityConfig defaults() {
        return defaults;
    }

    @Override
    public List<PopularityConfig> searchSpace() {
        return List.of(defaults);
    }

    @Override
    public Trainer<Interactions, ? extends ScoringModel> trainer(PopularityConfig config, TrainContext context) {
        if (config.windowDays() > 0) {
            return data -> trending(data, config, context);
        }
        return data -> {
            int n = data.itemCount();
            double[] all = new double[n];
            double[] recent = new double[n];
            long latest = Long.MIN_VALUE;
            for (int p = 0; p < data.pairs(); p++) {
                latest = Math.max(latest, data.lastTime(p));
            }
            long from = latest - config.windowDays() * 86_400_000L;
            for (int p = 0; p < data.pairs(); p++) {
                all[data.col(p)]++;
                if (config.windowDays() > 0 && data.lastTime(p) >= from) {
                    recent[data.col(p)]++;
                }
            }
            float[] scores = config.windowDays() > 0
                ? PopularityModel.rankScores(recent, all)
                : PopularityModel.rankScores(all, new double[n]);
            return new PopularityModel(scores, ProvenanceIo.of(name, config, data.fingerprint(), context));
        };
    }

    private TrendingModel trending(Interactions data, PopularityConfig config, TrainContext context) {
        Interactions byItem = data.transpose();
        int n = data.itemCount();
        int[] start = new int[n + 1];
        long[] times = new long[byItem.pairs()];
        double[] all = new double[n];
        for (int i = 0; i < n; i++) {
            start[i + 1] = byItem.rowEnd(i);
            all[i] = byItem.rowLength(i);
            for (int p = byItem.rowStart(i); p < byItem.rowEnd(i); p++) {
                times[p] = byItem.lastTime(p);
            }
            java.util.Arrays.sort(times, byItem.rowStart(i), byItem.rowEnd(i));
        }
        float[] allTime = PopularityModel.rankScores(all, new double[n]);
        return new TrendingModel(config.windowDays() * 86_400_000L, start, times, allTime,
            ProvenanceIo.of(name, config, data.fingerprint(), context));
    }

    @Override
    public ModelFormat<? extends ScoringModel> format() {
        return defaults.windowDays() > 0 ? new TrendingFormat() : new PopularityFormat();
    }
}
