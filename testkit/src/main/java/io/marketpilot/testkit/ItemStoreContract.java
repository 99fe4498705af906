package io.marketpilot.testkit;

import static io.marketpilot.testkit.ItemBuilder.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.core.store.UpsertResult;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@link ItemStore}: implementations' tests extend this and implement {@link #open}. */
public abstract class ItemStoreContract {
    @TempDir
    protected Path dir;
    private StoreHandle<ItemStore> handle;
    protected ItemStore items;

    /** Opens the store kept in {@code dir} (creating it when the directory is empty). */
    protected abstract StoreHandle<ItemStore> open(Path dir);

    @BeforeEach
    void openStore() {
        handle = open(dir);
        items = handle.store();
    }

    @AfterEach
    void closeStore() {
        handle.close();
    }

    private void reopen() {
        handle.close();
        openStore();
    }

    @Test
    void everyFieldRoundTrips() {
        Map<String, Object> specs = new LinkedHashMap<>();
        specs.put("weight_g", 180);
        specs.put("ratio", 0.75);
        specs.put("serial", new BigInteger("98765432109876543210"));
        specs.put("colors", List.of("black", "白色"));
        specs.put("warranty", null);
        Item full = item("sku-1").title("Phone X").title("zh", "手机 X").title("en", "Phone X")
                .description("Fast \"and\" small\nsecond line").category("Electronics", "Phones").brand("Acme")
                .price("199.90", "EUR").stock(12).tags("new", "5g").attribute("specs", specs)
                .attribute("rating", 4.5).available(false).createdAt(EventBuilder.T0.plusNanos(5_000))
                .withExtra("supplier_code", "X-9").build();
        Item minimal = new Item(ItemId.of("sku-2"), "Plain", null, null, null, null, null, null, null, null, null,
                true, null, null);

        assertThat(items.upsertAll(List.of(full, minimal))).isEqualTo(new UpsertResult(2, 0, 0));

        assertThat(items.get(ItemId.of("sku-1"))).contains(full);
        assertThat(items.get(ItemId.of("sku-2"))).contains(minimal);
        assertThat(items.get(ItemId.of("sku-1")).orElseThrow().attributes().keySet()).containsExactly("specs", "rating");
        assertThat(items.get(ItemId.of("nope"))).isEmpty();
    }

    @Test
    void upsertTellsCreatedUpdatedAndUnchangedApart() {
        List<Item> first = List.of(item("a").build(), item("b").build(), item("c").build());
        assertThat(items.upsertAll(first)).isEqualTo(new UpsertResult(3, 0, 0));
        assertThat(items.upsertAll(first)).isEqualTo(new UpsertResult(0, 0, 3));

        UpsertResult second = items.upsertAll(List.of(item("a").price("12.00", "EUR").build(),
                item("b").available(false).build(), item("c").build(), item("d").build()));

        assertThat(second).isEqualTo(new UpsertResult(1, 2, 1));
        assertThat(items.get(ItemId.of("a")).orElseThrow().price()).isEqualByComparingTo("12");
        assertThat(items.count()).isEqualTo(4);
    }

    @Test
    void sameAttributesInAnotherKeyOrderAreUnchanged() {
        items.upsertAll(List.of(item("a").attribute("x", 1).attribute("y", Map.of("p", 1, "q", 2)).build()));

        UpsertResult again = items.upsertAll(List.of(item("a").attribute("y", Map.of("q", 2, "p", 1)).attribute("x", 1).build()));

        assertThat(again).isEqualTo(new UpsertResult(0, 0, 1));
    }

    @Test
    void theLaterOfTwoRecordsWithOneIdInABatchWins() {
        UpsertResult result = items.upsertAll(List.of(item("a").title("first").build(), item("a").title("second").build()));

        assertThat(result).isEqualTo(new UpsertResult(1, 1, 0));
        assertThat(items.get(ItemId.of("a")).orElseThrow().title()).isEqualTo("second");
    }

    @Test
    void forEachVisitsEveryItemInIdOrder() {
        List<Item> many = IntStream.range(0, 2_500).mapToObj(i -> item(String.format("sku-%05d", 2_499 - i)).build()).toList();
        items.upsertAll(many);

        List<String> seen = new ArrayList<>();
        items.forEach(i -> seen.add(i.id().value()));

        assertThat(seen).hasSize(2_500).isSorted();
        assertThat(items.count()).isEqualTo(2_500);
    }

    @Test
    void aBatchWithAnUnstorableItemStoresNothing() {
        items.upsertAll(List.of(item("a").build()));
        List<Item> batch = List.of(item("b").build(), item("c").attribute("bad", new Object()).build());

        assertThatThrownBy(() -> items.upsertAll(batch)).isInstanceOf(RuntimeException.class);

        assertThat(items.count()).isEqualTo(1);
        assertThat(items.get(ItemId.of("b"))).isEmpty();
    }

    @Test
    void reopeningKeepsEveryItem() {
        List<Item> batch = IntStream.range(0, 100).mapToObj(i -> item("sku-" + i).stock(i).build()).toList();
        items.upsertAll(batch);

        reopen();

        assertThat(items.count()).isEqualTo(100);
        assertThat(items.get(ItemId.of("sku-42"))).contains(batch.get(42));
        assertThat(items.upsertAll(batch)).isEqualTo(new UpsertResult(0, 0, 100));
    }
}
