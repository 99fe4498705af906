package io.marketpilot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic shop of bench/recommend-serving: seeded, skewed, and shaped as its javadoc says. */
class SyntheticShopTest {
    private static final SyntheticShop SHOP = new SyntheticShop(7, 2_000, 3_000, 100, 10, 20, 60,
        Instant.parse("2026-11-01T00:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void the_same_seed_writes_the_same_files() throws IOException {
        SHOP.write(dir.resolve("a"));
        SHOP.write(dir.resolve("b"));
        for (String f : List.of(SyntheticShop.ITEMS, SyntheticShop.CUSTOMERS, SyntheticShop.EVENTS)) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(f), dir.resolve("b").resolve(f))).as(f).isEqualTo(-1);
        }
    }

    @Test
    void customers_have_ten_to_twenty_events_in_time_order_and_popularity_is_skewed() throws IOException {
        long events = SHOP.write(dir);
        List<String> rows = Files.readAllLines(dir.resolve(SyntheticShop.EVENTS));
        assertThat(rows).hasSize((int) events + 1);
        Map<String, Integer> perCustomer = new HashMap<>();
        Map<String, Integer> perItem = new HashMap<>();
        String previous = "";
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            perCustomer.merge(f[1], 1, Integer::sum);
            perItem.merge(f[2], 1, Integer::sum);
            assertThat(f[3]).isGreaterThanOrEqualTo(previous);
            previous = f[3];
        }
        assertThat(perCustomer).hasSize(3_000).allSatisfy((c, n) -> assertThat(n).isBetween(10, 20));
        int top = perItem.values().stream().sorted((a, b) -> b - a).limit(20).mapToInt(Integer::intValue).sum();
        assertThat(top / (double) events).as("share of the top 1% of items").isGreaterThan(0.1);
        assertThat(Files.readAllLines(dir.resolve(SyntheticShop.CUSTOMERS))).hasSize(3_100);
        assertThat(Files.readAllLines(dir.resolve(SyntheticShop.ITEMS))).hasSize(2_000);
    }
}
