package io.marketpilot.data.adapter;

import io.marketpilot.data.source.SourceRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps UCI Online Retail rows to events and collects the catalogue.
 *
 * <ul>
 *   <li>Event id {@code uci-<InvoiceNo>-<StockCode>-<n>}: the n-th line of that product on that invoice (the export
 *       repeats lines over 10,000 times; each repetition is a real line of the invoice, so it stays an event).</li>
 *   <li>{@code CustomerID} {@code 17850.0} becomes user {@code 17850}; a line without customer gets the anonymous id
 *       {@code uci-invoice-<InvoiceNo>}, so one unknown shopper's basket stays together.</li>
 *   <li>{@code InvoiceDate} is UK wall-clock time and is converted from Europe/London (GMT in winter, BST in summer).</li>
 *   <li>{@code order_id} (the invoice) goes to properties, {@code country} to context.</li>
 *   <li>Skipped, each with its reason: bookkeeping codes ({@link StockCodes}); unit price zero or negative (stock
 *       write-offs such as "damaged" or "found", free samples, bad-debt adjustments: no purchase signal, and a zero
 *       price would poison price features); a sign that contradicts the invoice type (cancellation with positive
 *       quantity, negative quantity on a sale). Unreadable numbers or dates are passed through as found, so the
 *       cleaner rejects the row with the field at fault.</li>
 * </ul>
 * Memory: the catalogue and customer tables, and line counters for the last {@value #RECENT_INVOICES} invoices
 * (an invoice's lines are contiguous in the export, bar one invoice split across two days).
 */
final class UciRetailRows implements RowMapper {
    static final String CURRENCY = "GBP";
    private static final int RECENT_INVOICES = 4096;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private final Map<String, CatalogueEntry> items = new LinkedHashMap<>();
    private final Map<String, CustomerEntry> customers = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> lineCounts = new LinkedHashMap<>(RECENT_INVOICES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, Integer>> eldest) {
            return size() > RECENT_INVOICES;
        }
    };
    private String lastDate;
    private When lastWhen;

    /** An InvoiceDate as wire text (ISO instant, or the text as found) and as an instant when it could be read. */
    private record When(Object wire, Instant at) {}

    /** An item's latest known state; updated in place, as nearly every row is the newest so far. */
    private static final class CatalogueEntry {
        String title;
        BigDecimal price;
        Instant at;
        String source;
        long line;
    }

    private static final class CustomerEntry {
        String country;
        String source;
        long line;
    }

    @Override
    public void map(SourceRecord record, Sink sink) {
        Map<String, Object> row = record.fields();
        String invoice = text(row, "InvoiceNo");
        String code = text(row, "StockCode");
        if (invoice == null || code == null) {
            sink.skip("missing invoice or stock code", invoice == null ? "InvoiceNo" : "StockCode");
            return;
        }
        Optional<String> product = StockCodes.product(code);
        if (product.isEmpty()) {
            sink.skip("non-product stock code", code);
            return;
        }
        String description = text(row, "Description");
        String priceText = text(row, "UnitPrice");
        BigDecimal price = decimal(priceText);
        if (price != null && price.signum() <= 0) {
            sink.skip("non-positive unit price", priceText + (description == null ? "" : " (" + description + ")"));
            return;
        }
        String quantityText = text(row, "Quantity");
        Long quantity = integer(quantityText);
        boolean cancellation = invoice.startsWith("C");
        if (quantity != null && cancellation && quantity > 0) {
            sink.skip("cancellation with positive quantity", quantityText);
            return;
        }
        if (quantity != null && !cancellation && quantity < 0) {
            sink.skip("negative quantity on a sale", quantityText);
            return;
        }
        String itemId = product.get();
        When when = when(text(row, "InvoiceDate"));
        String customer = customerId(text(row, "CustomerID"));
        String country = text(row, "Country");

        Map<String, Object> event = LinkedHashMap.newLinkedHashMap(12);
        event.put("event_id", "uci-" + invoice + "-" + itemId + "-" + nextLine(invoice, itemId));
        event.put("type", cancellation ? "refund" : "purchase");
        if (customer != null) {
            event.put("user_id", customer);
        } else {
            event.put("anonymous_id", "uci-invoice-" + invoice);
        }
        event.put("item_id", itemId);
        event.put("timestamp", when.wire());
        event.put("quantity", quantity != null ? (Object) Math.abs(quantity) : quantityText);
        event.put("price", price != null ? price : priceText);
        event.put("currency", CURRENCY);
        if (country != null) {
            event.put("context", single("country", country));
        }
        event.put("properties", single("order_id", invoice));
        sink.emit(RecordKind.EVENT, event);

        if (price != null && when.at() != null) {
            remember(itemId, description, price, when.at(), sink);
        }
        if (customer != null && country != null) {
            CustomerEntry entry = customers.computeIfAbsent(customer, c -> new CustomerEntry());
            entry.country = country;
            entry.source = sink.source();
            entry.line = sink.line();
        }
    }

    private void remember(String itemId, String description, BigDecimal price, Instant at, Sink sink) {
        CatalogueEntry entry = items.computeIfAbsent(itemId, id -> new CatalogueEntry());
        if (entry.at == null || !at.isBefore(entry.at)) {
            entry.price = price;
            entry.at = at;
            entry.source = sink.source();
            entry.line = sink.line();
            if (description != null) {
                entry.title = description;
            }
        } else if (entry.title == null) {
            entry.title = description;
        }
    }

    private static Map<String, Object> single(String key, Object value) {
        Map<String, Object> map = LinkedHashMap.newLinkedHashMap(1);
        map.put(key, value);
        return map;
    }

    /** Items (each stamped with the row that gave its latest price), then customers (with their latest row). */
    void emitCatalogue(Sink sink) {
        items.forEach((id, entry) -> {
            Map<String, Object> item = LinkedHashMap.newLinkedHashMap(4);
            item.put("item_id", id);
            item.put("title", entry.title != null ? entry.title : id);
            item.put("price", entry.price);
            item.put("currency", CURRENCY);
            sink.emitFor(entry.source, entry.line, RecordKind.ITEM, item);
        });
        customers.forEach((id, entry) -> {
            Map<String, Object> customer = LinkedHashMap.newLinkedHashMap(2);
            customer.put("user_id", id);
            customer.put("traits", single("country", entry.country));
            sink.emitFor(entry.source, entry.line, RecordKind.CUSTOMER, customer);
        });
    }

    private int nextLine(String invoice, String itemId) {
        return lineCounts.computeIfAbsent(invoice, k -> new HashMap<>()).merge(itemId, 1, Integer::sum);
    }

    /**
     * The UK wall-clock date-time as an instant; in the autumn hour that occurs twice the earlier (BST) reading is
     * taken. Lines of one invoice share their date, so the last one is reused.
     */
    private When when(String date) {
        if (date == null) {
            return new When(null, null);
        }
        if (!date.equals(lastDate)) {
            lastDate = date;
            try {
                Instant at = LocalDateTime.parse(date, LOCAL).atZone(LONDON).toInstant();
                lastWhen = new When(at.toString(), at);
            } catch (DateTimeParseException e) {
                lastWhen = new When(date, null);
            }
        }
        return lastWhen;
    }

    private static String customerId(String raw) {
        if (raw == null) {
            return null;
        }
        int dot = raw.indexOf('.');
        if (dot > 0 && raw.substring(dot + 1).chars().allMatch(c -> c == '0')) {
            return raw.substring(0, dot);
        }
        return raw;
    }

    private static String text(Map<String, Object> row, String column) {
        Object v = row.get(column);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static BigDecimal decimal(String s) {
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long integer(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
