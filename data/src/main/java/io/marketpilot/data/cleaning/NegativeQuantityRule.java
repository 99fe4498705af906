package io.marketpilot.data.cleaning;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.core.validation.Validation;
import java.util.List;

/**
 * Sources write returns as negative quantities; the domain writes them as types with positive quantities.
 * A negative purchase becomes a {@code refund}, a negative add-to-cart a {@code remove_from_cart}; negative
 * refunds and removals keep their type (some sources sign them). On any other type a negative quantity has no
 * meaning, so the event is rejected rather than guessed at.
 */
final class NegativeQuantityRule {

    Validation<Event> apply(Event event) {
        int quantity = event.quantity();
        if (quantity > 0) {
            return Validation.valid(event);
        }
        EventType type = event.type();
        EventType fixed = switch (type) {
            case PURCHASE, REFUND -> EventType.REFUND;
            case ADD_TO_CART, REMOVE_FROM_CART -> EventType.REMOVE_FROM_CART;
            default -> null;
        };
        if (fixed == null) {
            return Validation.invalid(List.of(new FieldError("quantity",
                    "a positive quantity (a negative one means a return only on purchase or add_to_cart events, not on "
                            + type.wireName() + ")", Integer.toString(quantity))));
        }
        return Validation.valid(event.withType(fixed).withQuantity(-quantity));
    }
}
