package io.marketpilot.data.cleaning;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.catalog.ItemParser;
import io.marketpilot.core.validation.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cleans a batch of item wire records: {@code TextNormalizer} on every key and string, then the core
 * {@link ItemParser}. Repeated item ids are all kept, in order: items are upserted, so the last one wins.
 */
public final class ItemCleaner {
    private final ItemParser parser = new ItemParser();

    public Cleaned<Item> clean(List<? extends Map<String, Object>> batch) {
        List<Item> accepted = new ArrayList<>(batch.size());
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            switch (parser.parse(TextNormalizer.normalize(batch.get(i)))) {
                case Validation.Valid<Item> valid -> accepted.add(valid.value());
                case Validation.Invalid<Item> invalid -> rejections.add(new Rejection(i, invalid.errors()));
            }
        }
        return new Cleaned<>(accepted, rejections);
    }
}
