package io.marketpilot.data.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Simulates one shopping session (1–30 events): optional searches, views (some preceded by a
 * click), add-to-cart on ~10% of views, occasional removals, and a checkout that buys most of the
 * cart; a bought bundle member pulls its partners into the same order.
 */
final class SessionSimulator {

    static final int MAX_EVENTS = 30;
    static final int MAX_BROWSE = 24;
    static final double MEAN_BROWSE = 5.5;
    static final double CART_PER_VIEW = 0.10;
    static final double CHECKOUT = 0.2;
    static final double MEAN_GAP_SECONDS = 40;

    private final Catalogue catalogue;
    private final Bundles bundles;
    private final TastePicker picker;
    private final Seasonality seasonality;
    private final Counters counters;
    private final Dice dice;
    private final long[] offsets = new long[MAX_EVENTS];

    SessionSimulator(Catalogue catalogue, Bundles bundles, TastePicker picker, Seasonality seasonality,
                     Counters counters, Dice dice) {
        this.catalogue = catalogue;
        this.bundles = bundles;
        this.picker = picker;
        this.seasonality = seasonality;
        this.counters = counters;
        this.dice = dice;
    }

    /** The session's events in time order, all inside slice {@code day}. */
    List<DemoEvent> session(Customer c, int day) {
        for (int k = 1; k < MAX_EVENTS; k++) {
            offsets[k] = offsets[k - 1] + 3 + (long) dice.exponential(MEAN_GAP_SECONDS);
        }
        int channel = dice.chance(0.8) ? c.channel() : dice.weighted(Customer.CHANNEL_WEIGHTS);
        Session s = new Session(c, day, channel, deviceFor(channel),
                seasonality.startWithin(day, c.peakHour(), offsets[MAX_EVENTS - 1], dice));
        boolean tasteDriven = dice.chance(TastePicker.TASTE_SHARE);
        int dept = picker.sessionDepartment(c, tasteDriven, dice);
        int browse = Math.min(MAX_BROWSE, dice.geometric(MEAN_BROWSE));
        int next = -1;
        if (dice.chance(0.35)) {
            next = search(s, nextItem(c, dept, tasteDriven));
        }
        while (s.events.size() < browse) {
            double r = dice.uniform();
            if (r < 0.07) {
                next = search(s, nextItem(c, dept, tasteDriven));
            } else if (r < 0.10 && !s.cart.isEmpty()) {
                int[] line = s.cart.remove(dice.index(s.cart.size()));
                s.emit(DemoEventType.REMOVE_FROM_CART, line[0], line[1], -1, -1, null);
            } else {
                int item = next >= 0 ? next
                        : !s.viewed.isEmpty() && dice.chance(0.2) ? s.viewed.get(dice.index(s.viewed.size()))
                        : nextItem(c, dept, tasteDriven);
                next = -1;
                view(s, item, browse);
            }
        }
        double festivalBoost = 1 + 3 * seasonality.discount(day) * c.taste().priceSensitivity();
        if (!s.cart.isEmpty() && dice.chance(CHECKOUT * festivalBoost)) {
            checkout(s);
        }
        return s.events;
    }

    private int nextItem(Customer c, int dept, boolean tasteDriven) {
        if (!tasteDriven) {
            return picker.popular(dept, dice);
        }
        return picker.pick(c, dice.chance(0.1) ? picker.tasteDepartment(c, dice) : dept, dice);
    }

    /** Emits a search whose query describes {@code target}; returns it as the next item viewed. */
    private int search(Session s, int target) {
        Item item = catalogue.get(target);
        boolean zh = s.customer.chinese();
        double r = dice.uniform();
        String subject = r < 0.6 ? (zh ? item.nounTerm().zh() : item.nounTerm().enMidSentence())
                : r < 0.8 ? (zh ? item.subCategory().name().zh() : item.subCategory().name().en().toLowerCase(java.util.Locale.ROOT))
                : item.brandTerm().in(zh) + " " + (zh ? item.nounTerm().zh() : item.nounTerm().enMidSentence());
        String query = dice.pick(zh ? Words.ZH_QUERIES : Words.EN_QUERIES).replace("%s", subject);
        s.emit(DemoEventType.SEARCH, -1, 0, -1, -1, query);
        return target;
    }

    private void view(Session s, int item, int browse) {
        if (dice.chance(0.3) && s.events.size() + 1 < browse) {
            s.emit(DemoEventType.CLICK, item, 0, -1, -1, null);
        }
        s.emit(DemoEventType.VIEW, item, 0, -1, -1, null);
        s.viewed.add(item);
        Item it = catalogue.get(item);
        if (s.events.size() < browse && dice.chance(CART_PER_VIEW * (0.6 + 0.8 * it.quality()))) {
            int quantity = quantity(it);
            s.cart.add(new int[] {item, quantity});
            s.emit(DemoEventType.ADD_TO_CART, item, quantity, price(it, s.day), -1, null);
        }
    }

    /** Buys each cart line with 85% (at least one) plus planted bundle partners, in one order. */
    private void checkout(Session s) {
        List<int[]> lines = new ArrayList<>();
        for (int[] line : s.cart) {
            if (lines.isEmpty() || dice.chance(0.85)) {
                lines.add(line);
            }
        }
        for (int k = 0; k < lines.size(); k++) {
            for (int partner : bundles.partners(lines.get(k)[0])) {
                boolean present = lines.stream().anyMatch(l -> l[0] == partner);
                if (!present && dice.chance(Bundles.PARTNER_PROBABILITY)
                        && s.events.size() + lines.size() + 2 <= MAX_EVENTS) {
                    lines.add(new int[] {partner, 1});
                    s.emit(DemoEventType.ADD_TO_CART, partner, 1, price(catalogue.get(partner), s.day), -1, null);
                }
            }
        }
        long order = counters.order();
        for (int[] line : lines) {
            if (s.events.size() >= MAX_EVENTS) {
                break;
            }
            s.emit(DemoEventType.PURCHASE, line[0], line[1], price(catalogue.get(line[0]), s.day), order, null);
        }
    }

    private int quantity(Item item) {
        String dept = item.department().name().en();
        boolean bulk = dept.equals("Grocery") || dept.equals("Baby") || dept.equals("Pets");
        double r = dice.uniform();
        if (bulk) {
            return r < 0.6 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : dice.between(4, 6);
        }
        return r < 0.88 ? 1 : r < 0.98 ? 2 : 3;
    }

    /** Unit price on that day: list price less the festival discount (whole yuan above 100). */
    long price(Item item, int day) {
        double discount = seasonality.discount(day);
        if (discount == 0) {
            return item.priceCents();
        }
        long cents = Math.round(item.priceCents() * (1 - discount));
        return cents >= 10_000 ? Math.round(cents / 100.0) * 100 : cents;
    }

    private int deviceFor(int channel) {
        if (channel == 2) {
            double r = dice.uniform();
            return r < 0.6 ? 1 : r < 0.9 ? 0 : 2;
        }
        return dice.chance(0.93) ? 0 : 2;
    }

    /** The growing event list of one session and its cart. */
    private final class Session {
        final Customer customer;
        final int day;
        final int channel;
        final int device;
        final long start;
        final long id = counters.session();
        final String holiday;
        final List<DemoEvent> events = new ArrayList<>(MAX_EVENTS);
        final List<int[]> cart = new ArrayList<>();
        final List<Integer> viewed = new ArrayList<>();

        Session(Customer customer, int day, int channel, int device, long start) {
            this.customer = customer;
            this.day = day;
            this.channel = channel;
            this.device = device;
            this.start = start;
            this.holiday = seasonality.holiday(day);
        }

        void emit(DemoEventType type, int item, int quantity, long price, long order, String query) {
            events.add(new DemoEvent(start + offsets[events.size()], counters.seq(), type, customer.index(),
                    item, quantity, price, id, channel, device, order, query, 0, null, holiday));
        }
    }
}
