package io.marketpilot.data.demo;

import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code items.jsonl}: one item per line, English fields first-class, Chinese alongside. */
final class CatalogueWriter {

    static void write(Catalogue catalogue, Path path, ProgressListener progress) throws IOException {
        try (JsonlFile file = new JsonlFile(path)) {
            for (Item item : catalogue.items()) {
                line(item, file.next());
                file.commit();
            }
        }
        progress.progress("items", catalogue.size(), catalogue.size());
    }

    private static void line(Item item, JsonLine json) {
        json.beginObject()
                .string("item_id", item.id())
                .string("title", item.title().en())
                .beginObject("titles").string("en", item.title().en()).string("zh", item.title().zh()).endObject()
                .string("description", item.description())
                .beginArray("category");
        item.categoryPath().forEach(level -> json.string(level.en()));
        json.endArray()
                .string("brand", item.brandTerm().en())
                .price("price", item.priceCents())
                .string("currency", "CNY")
                .number("stock", item.stock())
                .beginArray("tags");
        item.tags().forEach(json::string);
        json.endArray().beginObject("attributes").beginArray("category_zh");
        item.categoryPath().forEach(level -> json.string(level.zh()));
        json.endArray().string("brand_zh", item.brandTerm().zh());
        if (item.color() != null) {
            json.string("color", item.color().en()).string("color_zh", item.color().zh());
        }
        String spec = item.department().specName();
        if (item.spec().chars().allMatch(Character::isDigit)) {
            json.number(spec, Long.parseLong(item.spec()));
        } else {
            json.string(spec, item.spec());
        }
        json.endObject()
                .bool("available", item.available())
                .timestamp("created_at", item.createdAt())
                .endObject();
    }

    private CatalogueWriter() {
    }
}
