package io.marketpilot.data.cleaning;

import io.marketpilot.core.event.EventType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * When an actor counts as a bot: more than {@code maxEvents} events of the {@code countedTypes} within any
 * {@code window} (default 100 in 60 s). {@code maxActors} bounds the detector's memory: beyond it the least
 * recently active actors are forgotten (about 100 bytes each plus their recent timestamps).
 *
 * <p>Counted by default: everything an actor does by browsing ({@code view}, {@code click}, {@code search},
 * {@code add_to_cart}, ...). Not counted: order lines ({@code purchase}, {@code refund}), which legitimately arrive
 * by the hundred in one checkout (a UCI wholesale invoice has up to 500 lines at one instant), and events the shop
 * emits about the actor ({@code impression}, {@code coupon_issued}, {@code message_sent}). A bot's events of every
 * type are still marked.
 */
public record BotPolicy(int maxEvents, Duration window, int maxActors, Set<EventType> countedTypes) {
    public static final Set<EventType> BEHAVIOUR = Set.copyOf(EnumSet.complementOf(EnumSet.of(
            EventType.PURCHASE, EventType.REFUND, EventType.IMPRESSION, EventType.COUPON_ISSUED, EventType.MESSAGE_SENT)));
    public static final BotPolicy DEFAULT = new BotPolicy(100, Duration.ofSeconds(60), 100_000);

    public BotPolicy {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be at least 1, got " + maxEvents);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be a positive duration, got " + window);
        }
        if (maxActors < 1) {
            throw new IllegalArgumentException("maxActors must be at least 1, got " + maxActors);
        }
        countedTypes = Set.copyOf(countedTypes);
    }

    /** A policy counting the {@link #BEHAVIOUR} types. */
    public BotPolicy(int maxEvents, Duration window, int maxActors) {
        this(maxEvents, window, maxActors, BEHAVIOUR);
    }

    public BotPolicy withCountedTypes(Set<EventType> types) {
        return new BotPolicy(maxEvents, window, maxActors, types);
    }
}
