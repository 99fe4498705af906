package io.marketpilot.data.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Produces exactly {@code events} events, day by day: each day's quota (from
 * {@link Seasonality#quotas}) is filled first with follow-ups that fell due, then with sessions of
 * customers drawn by activity; the session that crosses the quota is cut short. Each day's buffer
 * is sorted and written, so the file is in timestamp order overall.
 */
final class EventTimeline {

    private static final int MAX_REJECTIONS = 64;

    private final DemoShopConfig cfg;
    private final List<Customer> customers;
    private final Seasonality seasonality;
    private final SessionSimulator sessions;
    private final FollowUps followUps;
    private final WeightedSampler byActivity;
    private final Dice dice;
    private final PriorityQueue<DemoEvent> pending = new PriorityQueue<>(DemoEvent.CHRONOLOGICAL);

    EventTimeline(DemoShopConfig cfg, Catalogue catalogue, Bundles bundles, List<Customer> customers,
                  Seasonality seasonality) {
        this.cfg = cfg;
        this.customers = customers;
        this.seasonality = seasonality;
        Counters counters = new Counters();
        this.sessions = new SessionSimulator(catalogue, bundles, new TastePicker(catalogue), seasonality,
                counters, Dice.forStage(cfg.seed(), 5));
        this.followUps = new FollowUps(catalogue, customers, seasonality, counters, Dice.forStage(cfg.seed(), 6));
        this.dice = Dice.forStage(cfg.seed(), 7);
        int[] ids = new int[customers.size()];
        double[] weights = new double[customers.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
            weights[i] = customers.get(i).activity();
        }
        this.byActivity = new WeightedSampler(ids, weights);
    }

    void run(EventWriter writer) throws IOException {
        int[] quotas = seasonality.quotas(cfg.events());
        List<DemoEvent> day = new ArrayList<>();
        for (int d = 0; d < quotas.length; d++) {
            day.clear();
            long sliceEnd = seasonality.sliceStart(d + 1);
            while (!pending.isEmpty() && pending.peek().timestamp() < sliceEnd) {
                DemoEvent due = pending.poll();
                if (day.size() < quotas[d]) {
                    day.add(due);
                }
            }
            while (day.size() < quotas[d]) {
                List<DemoEvent> session = sessions.session(customer(d), d);
                List<DemoEvent> kept = session.subList(0, Math.min(session.size(), quotas[d] - day.size()));
                day.addAll(kept);
                followUps.schedule(kept, pending::add);
            }
            day.sort(DemoEvent.CHRONOLOGICAL);
            for (DemoEvent e : day) {
                writer.write(e);
            }
        }
    }

    /**
     * A customer for a session on {@code day}, drawn by activity among those already signed up;
     * on festival days price-sensitive customers are relatively more likely to show up.
     */
    private Customer customer(int day) {
        long sliceStart = seasonality.sliceStart(day);
        double discount = seasonality.discount(day);
        for (int attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
            Customer c = customers.get(byActivity.draw(dice));
            if (c.signupAt() >= sliceStart) {
                continue;
            }
            if (discount == 0 || dice.chance(1 - 2 * discount * (1 - c.taste().priceSensitivity()))) {
                return c;
            }
        }
        return customers.get(0);
    }
}
