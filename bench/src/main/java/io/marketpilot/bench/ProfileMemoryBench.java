package io.marketpilot.bench;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.AnonymousId;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.SessionId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.features.identity.ProfileBook;
import io.marketpilot.features.profile.ItemFacts;
import io.marketpilot.features.profile.ProfileConfig;
import io.marketpilot.features.profile.ProfileMerge;
import io.marketpilot.features.profile.ProfileReducer;
import io.marketpilot.features.profile.Vocabulary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Bytes of online profile state per customer: N customers × E events each (seeded mix of views, carts, purchases,
 * sessions, a catalogue of categories and brands, one identify merge per 20 customers) folded into a {@link ProfileBook};
 * heap in use after full GCs, before and after, divided by N. Includes the book's map, keys and the vocabulary.
 */
public final class ProfileMemoryBench {
    private static final String USAGE = """
            bench/profile-memory [--customers 1000000] [--events-per-customer 10] [--items 50000] [--seed 1] [--help]
            """;

    private ProfileMemoryBench() {}

    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args, Set.of("customers", "events-per-customer", "items", "seed"), Set.of("help"));
        if (a.flag("help")) {
            System.out.print(USAGE);
            return;
        }
        int customers = a.integer("customers", 1_000_000, 1, 20_000_000);
        int perCustomer = a.integer("events-per-customer", 10, 1, 1000);
        int items = a.integer("items", 50_000, 1, 10_000_000);
        long seed = a.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        if (!a.problems().isEmpty()) {
            a.problems().forEach(p -> System.err.println("profile-memory: " + p));
            System.err.print(USAGE);
            System.exit(2);
        }
        Map<String, ItemFacts.Facts> catalogue = new java.util.HashMap<>();
        for (int i = 0; i < items; i++) {
            catalogue.put("sku-" + i, new ItemFacts.Facts("cat-" + (i % 300), "brand-" + (i % 900)));
        }
        ItemFacts facts = item -> Optional.ofNullable(catalogue.get(item.value()));
        long before = usedAfterGc();
        Vocabulary vocabulary = Vocabulary.create();
        ProfileBook book = new ProfileBook(new ProfileReducer(ProfileConfig.DEFAULT, vocabulary, facts),
                new ProfileMerge(ProfileConfig.DEFAULT));
        Random r = new Random(seed);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        long events = (long) customers * perCustomer;
        long t0 = System.nanoTime();
        for (long n = 0; n < events; n++) {
            int c = (int) (n % customers);
            long second = start.getEpochSecond() + n * 90L * 86_400 / events;
            double u = r.nextDouble();
            EventType type = u < 0.7 ? EventType.VIEW : u < 0.85 ? EventType.ADD_TO_CART : u < 0.95 ? EventType.PURCHASE
                    : EventType.CLICK;
            String item = "sku-" + r.nextInt(items);
            boolean anonymous = c % 20 == 0 && n < customers; // the first event of every 20th customer is anonymous …
            Event e = new Event(EventId.of("e" + n), type, anonymous ? null : UserId.of("u" + c),
                    anonymous ? AnonymousId.of("d" + c) : null, ItemId.of(item), Instant.ofEpochSecond(second), 1,
                    BigDecimal.valueOf(5 + r.nextInt(200)), "EUR", SessionId.of("s" + c + "-" + (n / customers / 3)),
                    Map.of(), Map.of(), Map.of(), false);
            book.apply(e);
            if (anonymous) { // … and is then identified
                book.apply(new Event(EventId.of("id" + c), EventType.IDENTIFY, UserId.of("u" + c), AnonymousId.of("d" + c),
                        null, Instant.ofEpochSecond(second + 1), 1, null, null, null, Map.of(), Map.of(), Map.of(), false));
            }
            if (n % 1_000_000 == 0 && n > 0) {
                System.err.printf("%,d events folded%n", n);
            }
        }
        long t1 = System.nanoTime();
        long after = usedAfterGc();
        Map<String, Object> report = Report.object();
        report.put("benchmark", "profile-memory");
        report.put("customers", customers);
        report.put("profiles", book.size());
        report.put("events", events);
        report.put("heap_used_before_mb", before >> 20);
        report.put("heap_used_after_mb", after >> 20);
        report.put("bytes_per_profile", (after - before) / book.size());
        report.put("mb_per_million_profiles", Report.round((after - before) / (double) book.size() * 1e6 / (1 << 20), 1));
        report.put("fold_events_per_second", Report.perSecond(events, t1 - t0));
        report.put("vocabulary", Map.of("items", vocabulary.items().size(), "categories", vocabulary.categories().size(),
                "brands", vocabulary.brands().size()));
        Report.machine(report);
        System.out.println(Report.json(report));
        if (book.size() < 0) {
            System.out.println(catalogue.size()); // keep the catalogue reachable until after the measurement
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
