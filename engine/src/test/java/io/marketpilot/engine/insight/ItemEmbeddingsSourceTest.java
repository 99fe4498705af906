package io.marketpilot.engine.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.recommend.content.ContentAlgorithm;
import io.marketpilot.recommend.content.ContentModel;
import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsBuilder;
import io.marketpilot.recommend.model.TrainContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encoder's item embeddings as the content recommender's vectors: a never-bought item gets its kind's neighbours. */
class ItemEmbeddingsSourceTest {
    @TempDir
    Path dir;

    @Test
    void the_content_recommender_finds_similar_items_from_embeddings_alone() {
        try (Engine engine = Engine.open(EngineConfig.at(dir), ReviewInsightsTest.CLOCK)) {
            engine.upsertItems(List.of(ReviewInsightsTest.item("dress1", "红色连衣裙 夏季新款", "服装"),
                ReviewInsightsTest.item("dress2", "碎花连衣裙 长款 女装", "服装"),
                ReviewInsightsTest.item("tab1", "华为平板电脑 10寸", "数码"),
                ReviewInsightsTest.item("tab2", "安卓平板电脑 8寸 学习机", "数码")));
            InteractionLog log = new InteractionLog.Builder().add("u1", "dress1", 1L, "purchase", 1f)
                .add("u2", "tab1", 2L, "purchase", 1f).add("u3", "dress2", 3L, "purchase", 1f)
                .add("u3", "tab2", 4L, "view", 1f).build();
            Interactions data = new InteractionsBuilder(new EventWeights(Map.of("purchase", 1f, "view", 1f), 0f, false,
                Optional.empty())).build(log);
            ContentAlgorithm algo = new ContentAlgorithm(engine.itemEmbeddings().source());
            ContentModel model = (ContentModel) algo.train(algo.defaults(), data,
                new TrainContext(1, 1, f -> { }, "test", Instant.EPOCH));
            int dress1 = data.items().index("dress1");
            assertThat(model.similar(dress1, 1)).extracting(s -> data.items().id(s.item())).containsExactly("dress2");
        }
    }
}
