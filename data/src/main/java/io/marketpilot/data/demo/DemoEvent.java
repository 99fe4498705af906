package io.marketpilot.data.demo;

import java.util.Comparator;

/**
 * One simulated event before it is written. Ids are indices (item −1 when absent, order −1 when
 * none); {@code seq} is the creation order and breaks timestamp ties so sorting is deterministic.
 *
 * @param timestamp epoch seconds
 * @param price     unit price in cents, −1 when the type carries no price
 * @param rating    1–5 for reviews, 0 otherwise
 * @param text      review text, or {@code null}
 * @param query     search query, or {@code null}
 * @param holiday   festival key of the event's day, or {@code null}
 */
record DemoEvent(long timestamp, long seq, DemoEventType type, int user, int item, int quantity,
                 long price, long session, int channel, int device, long order, String query,
                 int rating, String text, String holiday) {

    static final String[] DEVICES = {"mobile", "desktop", "tablet"};

    static final Comparator<DemoEvent> CHRONOLOGICAL =
            Comparator.comparingLong(DemoEvent::timestamp).thenComparingLong(DemoEvent::seq);
}
