package io.marketpilot.features.cluster;

import static io.marketpilot.features.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.event.EventType;
import io.marketpilot.features.TestEvents;
import io.marketpilot.features.attribute.AttributeContext;
import io.marketpilot.features.attribute.ShopFit;
import io.marketpilot.features.profile.ItemFacts;
import io.marketpilot.features.profile.Profile;
import io.marketpilot.features.profile.ProfileConfig;
import io.marketpilot.features.profile.ProfileReducer;
import io.marketpilot.features.profile.Vocabulary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Three planted groups — frequent phone buyers, lapsed one-off book buyers, recent mid spenders — come back out. */
class SegmentDiscoveryTest {
    private final Vocabulary vocabulary = Vocabulary.create();
    private final ProfileReducer reducer = new ProfileReducer(ProfileConfig.DEFAULT, vocabulary,
            item -> Optional.of(new ItemFacts.Facts(item.value().startsWith("p") ? "phones" : "books", "x")));
    private final Instant now = TestEvents.T0.plusSeconds(86_400L * 300);
    private final AttributeContext ctx = new AttributeContext(now, vocabulary, ProfileConfig.DEFAULT, ShopFit.none(now));

    private List<Profile> planted() {
        Random r = new Random(1);
        List<Profile> out = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            int group = c % 3;
            Profile p = Profile.empty("g" + group + "-" + c);
            int orders = group == 0 ? 12 + r.nextInt(5) : group == 1 ? 1 : 3;
            for (int o = 0; o < orders; o++) {
                int day = group == 0 ? 10 + o * 20 + r.nextInt(5) : group == 1 ? r.nextInt(40) : 260 + o * 10 + r.nextInt(5);
                String item = group == 0 ? "p" + r.nextInt(9) : "b" + r.nextInt(9);
                p = reducer.apply(p, event(p.key() + o).user(p.key()).type(EventType.PURCHASE).item(item)
                        .price(group == 2 ? "80.00" : "20.00").days(day).build());
            }
            out.add(p);
        }
        return out;
    }

    @Test
    void plantedGroupsAreRecoveredAndDescribed() {
        List<Profile> profiles = planted();
        ClusterModel model = SegmentDiscovery.discover(profiles, ctx, 3, 42);
        assertThat(model.clusters()).hasSize(3);
        // every cluster is pure: all its members come from one planted group
        var groupsPerCluster = new java.util.HashMap<Integer, java.util.Set<String>>();
        for (Profile p : profiles) {
            groupsPerCluster.computeIfAbsent(model.assign(p, ctx).orElseThrow(), c -> new java.util.HashSet<>())
                    .add(p.key().substring(0, 2));
        }
        assertThat(groupsPerCluster.values()).allSatisfy(groups -> assertThat(groups).hasSize(1));
        Cluster frequent = model.clusters().stream().filter(c -> c.sampleCustomers().get(0).startsWith("g0")).findFirst().orElseThrow();
        assertThat(frequent.description()).contains("orders high");
        assertThat(frequent.ranges().get("orders").min()).isGreaterThanOrEqualTo(12);
        assertThat(model.clusters()).extracting(Cluster::size).containsOnly(100);
    }

    @Test
    void theSameSeedGivesTheSameClusters() {
        List<Profile> profiles = planted();
        assertThat(SegmentDiscovery.discover(profiles, ctx, 4, 7).clusters())
                .isEqualTo(SegmentDiscovery.discover(profiles, ctx, 4, 7).clusters());
    }

    @Test
    void tooFewBuyersIsAPreciseError() {
        assertThatThrownBy(() -> SegmentDiscovery.discover(planted().subList(0, 2), ctx, 3, 1))
                .hasMessageContaining("k=3").hasMessageContaining("found 2");
    }
}
