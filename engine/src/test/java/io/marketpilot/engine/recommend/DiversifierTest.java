package io.marketpilot.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.recommend.data.IdDictionary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiversifierTest {
    @Test
    void caps_defer_items_and_deferred_ones_fill_a_short_answer() {
        // items 0..5 in category X (brand B0..B5), items 6..7 in category Y
        List<String> ids = new ArrayList<>();
        Map<String, Item> byId = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            String id = "i" + i;
            ids.add(id);
            byId.put(id, new Item(new ItemId(id), id, Map.of(), null, List.of(i < 6 ? "X" : "Y"), "B" + i, null, null,
                null, List.of(), Map.of(), true, null, Map.of()));
        }
        CatalogueView c = CatalogueView.of(IdDictionary.of(ids), byId);
        Diversifier d = new Diversifier(2, 0);
        assertThat(d.pick(new int[] {0, 1, 2, 3, 6, 7}, 4, c)).containsExactly(0, 1, 6, 7);
        assertThat(d.pick(new int[] {0, 1, 2, 3, 6}, 5, c)).containsExactly(0, 1, 6, 2, 3);
        assertThat(new Diversifier(0, 0).pick(new int[] {0, 1, 2}, 2, c)).containsExactly(0, 1);
    }
}
