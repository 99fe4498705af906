package io.marketpilot.core.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The closed set of behaviour event types. {@link #wireName()} is the name in JSON, CSV and storage. */
public enum EventType {
    VIEW(true), CLICK(true), ADD_TO_CART(true), REMOVE_FROM_CART(true), PURCHASE(true), REFUND(true),
    SEARCH(false), REVIEW(true), IMPRESSION(true), AD_CLICK(true), COUPON_ISSUED(false), COUPON_REDEEMED(false),
    MESSAGE_SENT(false), MESSAGE_OPENED(false), MESSAGE_CLICKED(false), IDENTIFY(false), CUSTOM(false);

    private static final Map<String, EventType> BY_WIRE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));

    /** The accepted names, for error messages. */
    public static final String ACCEPTED = Arrays.stream(values()).map(EventType::wireName).collect(Collectors.joining(", "));

    private final boolean requiresItem;
    private final String wireName;

    EventType(boolean requiresItem) {
        this.requiresItem = requiresItem;
        this.wireName = name().toLowerCase(Locale.ROOT);
    }

    public String wireName() {
        return wireName;
    }

    /** Whether an event of this type is about one catalogue item and must name it. */
    public boolean requiresItem() {
        return requiresItem;
    }

    /** Parses a wire name; case, surrounding space and '-' for '_' are forgiven. */
    public static Optional<EventType> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_WIRE.get(name.strip().toLowerCase(Locale.ROOT).replace('-', '_')));
    }
}
