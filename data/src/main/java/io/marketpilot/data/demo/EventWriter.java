package io.marketpilot.data.demo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code events.jsonl} in the order given (the caller sorts), numbering events
 * {@code ev-0000001}, … in that order, counting them by type and reporting progress.
 */
final class EventWriter implements Closeable {

    static final long PROGRESS_EVERY = 50_000;

    private final JsonlFile file;
    private final Catalogue catalogue;
    private final List<Customer> customers;
    private final ProgressListener progress;
    private final long total;
    private final long[] byType = new long[DemoEventType.values().length];

    EventWriter(Path path, Catalogue catalogue, List<Customer> customers, ProgressListener progress,
                long total) throws IOException {
        this.file = new JsonlFile(path);
        this.catalogue = catalogue;
        this.customers = customers;
        this.progress = progress;
        this.total = total;
    }

    void write(DemoEvent e) throws IOException {
        long number = file.lines() + 1;
        JsonLine json = file.next().beginObject()
                .string("event_id", Ids.of("ev-", number, Ids.EVENT_WIDTH))
                .string("type", e.type().wireName())
                .string("user_id", customers.get(e.user()).id());
        if (e.item() >= 0) {
            json.string("item_id", catalogue.get(e.item()).id());
        }
        json.timestamp("timestamp", e.timestamp());
        if (e.quantity() > 0) {
            json.number("quantity", e.quantity());
        }
        if (e.price() >= 0) {
            json.price("price", e.price()).string("currency", "CNY");
        }
        json.string("session_id", Ids.of("s-", e.session(), Ids.EVENT_WIDTH))
                .beginObject("context")
                .string("channel", Customer.CHANNELS[e.channel()])
                .string("device", DemoEvent.DEVICES[e.device()]);
        if (e.holiday() != null) {
            json.string("holiday", e.holiday());
        }
        json.endObject().beginObject("properties");
        if (e.order() >= 0) {
            json.string("order_id", Ids.of("o-", e.order(), Ids.EVENT_WIDTH));
        }
        if (e.query() != null) {
            json.string("query", e.query());
        }
        if (e.type() == DemoEventType.REVIEW) {
            json.number("rating", e.rating()).string("text", e.text());
        }
        json.endObject().endObject();
        file.commit();
        byType[e.type().ordinal()]++;
        if (number % PROGRESS_EVERY == 0 || number == total) {
            progress.progress("events", number, total);
        }
    }

    long written() {
        return file.lines();
    }

    Map<DemoEventType, Long> countsByType() {
        Map<DemoEventType, Long> counts = new EnumMap<>(DemoEventType.class);
        for (DemoEventType type : DemoEventType.values()) {
            counts.put(type, byType[type.ordinal()]);
        }
        return counts;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
