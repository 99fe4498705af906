package io.marketpilot.data.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DemoShopConfigTest {

    @Test
    void defaultsAreTheDocumentedDemoShopWithAFixedEnd() {
        DemoShopConfig cfg = DemoShopConfig.defaults();

        assertThat(cfg).isEqualTo(new DemoShopConfig(42, 5_000, 10_000, 1_000_000, 90,
                Instant.parse("2026-11-01T00:00:00Z")));
        assertThat(cfg.start()).isEqualTo(Instant.parse("2026-08-03T00:00:00Z"));
    }

    @Test
    void reportsEveryProblemWithItsPathAndValue() {
        assertThatThrownBy(() -> new DemoShopConfig(1, 3, 0, -1, 0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("demo.products must be >= 10 but was 3")
                .hasMessageContaining("demo.customers must be >= 1 but was 0")
                .hasMessageContaining("demo.events must be >= 0 but was -1")
                .hasMessageContaining("demo.days must be in [1, 3650] but was 0")
                .hasMessageContaining("demo.end must be set");
    }

    @Test
    void anEmptyEventLogIsAllowed() throws Exception {
        DemoShop shop = SmallDemoShop.generate(
                new DemoShopConfig(5, 10, 1, 0, 1, Instant.parse("2026-11-01T00:00:00Z")), "empty");

        assertThat(shop.eventCount()).isZero();
        assertThat(SmallDemoShop.readLines(shop.events())).isEmpty();
        assertThat(SmallDemoShop.readLines(shop.items())).hasSize(10);
    }
}
