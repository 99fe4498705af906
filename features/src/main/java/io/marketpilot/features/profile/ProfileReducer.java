package io.marketpilot.features.profile;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.features.consent.ConsentLedger;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * The pure fold: {@code apply(profile, event)} returns the profile after the event and never edits its input.
 * Replaying an event the profile already folded changes nothing (the same profile instance is returned): recent ids
 * are remembered, and with a full memory an event older than it is ignored (see {@link #olderThanMemory}). Interning codes in the {@link Vocabulary} is the only side effect, and it changes no result.
 */
public final class ProfileReducer {
    private final ProfileConfig config;
    private final Vocabulary vocabulary;
    private final ItemFacts items;
    private final long halfLifeMillis;
    private final long gapMillis;

    public ProfileReducer(ProfileConfig config, Vocabulary vocabulary, ItemFacts items) {
        this.config = config;
        this.vocabulary = vocabulary;
        this.items = items;
        this.halfLifeMillis = config.affinityHalfLife().toMillis();
        this.gapMillis = config.sessionGap().toMillis();
    }

    public ProfileConfig config() {
        return config;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The id by which a profile recognises a replay of this event: its second and a 32-bit hash of its id. */
    public static long seenId(Event e) {
        return Packed.pack(e.timestamp().getEpochSecond(), fnv32(e.id().value()));
    }

    public Profile apply(Profile p, Event e) {
        long id = seenId(e);
        if (p.hasSeen(id) || olderThanMemory(p, e)) {
            return p;
        }
        long t = e.timestamp().toEpochMilli();
        long second = e.timestamp().getEpochSecond();
        ProfileBuilder b = new ProfileBuilder(p);
        b.seen = Packed.unionIds(b.seen, new long[] {id}, Profile.SEEN_IDS, Profile.SEEN_IDS_CAP);
        b.firstSeen = p.isEmpty() ? t : Math.min(b.firstSeen, t);
        b.lastSeen = p.isEmpty() ? t : Math.max(b.lastSeen, t);
        long cents = cents(e.price()) * e.quantity();
        b.count(e.type().ordinal(), cents);
        ZonedDateTime local = e.timestamp().atZone(config.zone());
        b.hourWeek(local.getHour(), local.getDayOfWeek().getValue() - 1);
        session(b, e, t);
        if (e.itemId() != null && e.type() != EventType.IMPRESSION) {
            b.recentItems = Packed.union(b.recentItems,
                    new long[] {Packed.pack(second, vocabulary.items().code(e.itemId().value()))}, Profile.RECENT_ITEMS, true);
            itemFacts(b, e, t, second);
        }
        if (e.type() == EventType.PURCHASE) {
            purchase(b, e, local.toLocalDate().toEpochDay(), cents);
        }
        if (e.type() == EventType.IDENTIFY) {
            Map<String, Object> stated = IdentifyTraits.of(e);
            if (!stated.isEmpty()) {
                b.traits = p.traits.with(stated, t, config.traitMerge());
            }
        }
        ConsentLedger consent = ConsentStatements.of(e);
        if (consent != ConsentLedger.EMPTY) {
            b.consent = p.consent.combine(consent);
        }
        return b.build();
    }

    /**
     * With a full memory of recent ids, an event from before the oldest remembered second cannot be told from a replay
     * of a forgotten one (the memory keeps every id of that oldest second), so it is ignored: replays never count twice. Streams in timestamp order (the log, a rebuild)
     * never hit this; an event more than {@value Profile#SEEN_IDS} events late in the live stream is counted only by
     * the next rebuild.
     */
    private static boolean olderThanMemory(Profile p, Event e) {
        long[] seen = p.seen();
        return seen.length >= Profile.SEEN_IDS && e.timestamp().getEpochSecond() < Packed.second(seen[0]);
    }

    private void session(ProfileBuilder b, Event e, long t) {
        if (e.sessionId() != null) {
            long key = fnv64(e.sessionId().value());
            if (key != b.sessionKey) {
                b.sessions++;
                b.sessionKey = key;
                b.sessionLastAt = t;
            }
        } else if (b.sessionLastAt == Profile.NONE || t - b.sessionLastAt > gapMillis || b.sessionKey != 0) {
            b.sessions++;
            b.sessionKey = 0;
            b.sessionLastAt = t;
        }
        b.sessionLastAt = Math.max(b.sessionLastAt, t);
    }

    private void itemFacts(ProfileBuilder b, Event e, long t, long second) {
        String category = text(e.properties().get("category"));
        String brand = text(e.properties().get("brand"));
        if (category == null || brand == null) {
            var facts = items.of(e.itemId());
            if (facts.isPresent()) {
                category = category != null ? category : facts.get().category();
                brand = brand != null ? brand : facts.get().brand();
            }
        }
        double weight = weight(e.type());
        DecayedScores cats = DecayedScores.of(b.categoryAffinity, b.categoryScores, b.affinityAt);
        DecayedScores brands = DecayedScores.of(b.brandAffinity, b.brandScores, b.affinityAt);
        if (category != null) {
            int code = vocabulary.categories().code(category);
            b.recentCategories = Packed.union(b.recentCategories, new long[] {Packed.pack(second, code)},
                    Profile.RECENT_CATEGORIES, true);
            if (weight > 0) {
                cats = cats.add(code, weight, t, halfLifeMillis);
            }
        }
        if (brand != null && weight > 0) {
            brands = brands.add(vocabulary.brands().code(brand), weight, t, halfLifeMillis);
        }
        if (cats.at() != b.affinityAt || brands.at() != b.affinityAt) {
            // both lists share one reference time: bring both to the later one
            long ref = Math.max(cats.at(), brands.at());
            cats = cats.at(ref, halfLifeMillis);
            brands = brands.at(ref, halfLifeMillis);
            b.categoryAffinity = cats.codes();
            b.categoryScores = cats.scores();
            b.brandAffinity = brands.codes();
            b.brandScores = brands.scores();
            b.affinityAt = ref;
        }
    }

    private static void purchase(ProfileBuilder b, Event e, long epochDay, long cents) {
        int day = (int) epochDay;
        if (b.orders == 0) {
            b.orders = 1;
            b.firstOrderDay = day;
            b.lastOrderDay = day;
            b.firstOrderCents = cents;
        } else if (day == b.firstOrderDay) {
            b.firstOrderCents += cents;
        } else if (day != b.lastOrderDay) {
            b.orders++;
            if (day < b.firstOrderDay) {
                b.firstOrderDay = day;
                b.firstOrderCents = cents;
            }
            b.lastOrderDay = Math.max(b.lastOrderDay, day);
        }
        b.unitPriceCents += cents(e.price());
        if (Discounts.discounted(e)) {
            b.discountedLines++;
        }
    }

    static double weight(EventType type) {
        return switch (type) {
            case VIEW, CLICK, AD_CLICK -> 1;
            case REVIEW -> 2;
            case ADD_TO_CART -> 3;
            case PURCHASE -> 5;
            default -> 0;
        };
    }

    static long cents(BigDecimal price) {
        return price == null ? 0 : price.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
    }

    private static String text(Object v) {
        return v instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    static int fnv32(String s) {
        long h = fnv64(s);
        return (int) (h ^ (h >>> 32));
    }

    static long fnv64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= c & 0xff;
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
