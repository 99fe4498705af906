package io.marketpilot.store.sqlite;

import io.marketpilot.core.access.Role;
import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.store.UpsertResult;
import io.marketpilot.testkit.ItemBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Not a test: measures item upserts and API-key authentication once, after a warm-up batch.
 *
 * <pre>
 * java -cp store/target/test-classes:store/target/classes:$(cat /tmp/cp) io.marketpilot.store.sqlite.StateStoreBench
 * </pre>
 */
public final class StateStoreBench {
    private StateStoreBench() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory(args.length > 0 ? Path.of(args[0]) : Path.of(System.getProperty("java.io.tmpdir")), "state-bench");
        try (SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.sqlite"), Clock.systemUTC())) {
            state.items().upsertAll(items("warm-up", 20_000));
            for (int n : new int[] {5_000, 50_000}) {
                List<Item> items = items("n" + n, n);
                List<Item> changed = items.stream().map(i -> i.stock() % 10 == 0 ? ItemBuilder.item(i.id().value())
                        .title(i.title() + " v2").build() : i).toList();
                time("upsertAll " + n + " new items", () -> state.items().upsertAll(items));
                time("upsertAll " + n + " same items", () -> state.items().upsertAll(items));
                time("upsertAll " + n + " items, 10% changed", () -> state.items().upsertAll(changed));
            }
            String secret = state.apiKeys().create("bench", Role.ADMIN).secret();
            for (int i = 0; i < 5_000; i++) {
                state.apiKeys().authenticate(secret);
            }
            long t = System.nanoTime();
            for (int i = 0; i < 20_000; i++) {
                state.apiKeys().authenticate(secret);
            }
            System.out.printf("authenticate: %.1f µs each%n", (System.nanoTime() - t) / 1e3 / 20_000);
        }
    }

    private static List<Item> items(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> ItemBuilder.item(prefix + "-sku-" + i).title("商品 " + i + " phone case")
                .description("A sturdy case for model " + i % 40).brand("brand-" + i % 50)
                .category("Dept " + i % 7, "Aisle " + i % 31).price(i % 500 + ".99", "EUR").stock(i % 100)
                .tags("new", "t" + i % 9).attribute("color", i % 2 == 0 ? "red" : "blue")
                .attribute("size", Map.of("w", i % 10, "h", 20)).build()).toList();
    }

    private static void time(String what, java.util.function.Supplier<UpsertResult> run) {
        long t = System.nanoTime();
        UpsertResult r = run.get();
        System.out.printf("%s: %.0f ms %s%n", what, (System.nanoTime() - t) / 1e6, r);
    }
}
