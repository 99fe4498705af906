package io.marketpilot.data.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.core.validation.Validation;
import io.marketpilot.testkit.EventBuilder;
import org.junit.jupiter.api.Test;

class NegativeQuantityRuleTest {
    private final NegativeQuantityRule rule = new NegativeQuantityRule();

    private Event cleaned(Event e) {
        return ((Validation.Valid<Event>) rule.apply(e)).value();
    }

    @Test
    void negativePurchaseIsARefundOfTheAbsoluteQuantity() {
        Event refund = cleaned(EventBuilder.purchase("u1", "sku-1", "9.99").quantity(-3).build());

        assertThat(refund.type()).isEqualTo(EventType.REFUND);
        assertThat(refund.quantity()).isEqualTo(3);
    }

    @Test
    void negativeAddToCartIsARemoval() {
        Event removal = cleaned(EventBuilder.addToCart("u1", "sku-1").quantity(-2).build());

        assertThat(removal.type()).isEqualTo(EventType.REMOVE_FROM_CART);
        assertThat(removal.quantity()).isEqualTo(2);
    }

    @Test
    void signedRefundsAndRemovalsKeepTheirType() {
        assertThat(cleaned(EventBuilder.event(EventType.REFUND, "u1", "sku-1").quantity(-1).build()))
                .extracting(Event::type, Event::quantity).containsExactly(EventType.REFUND, 1);
        assertThat(cleaned(EventBuilder.event(EventType.REMOVE_FROM_CART, "u1", "sku-1").quantity(-4).build()))
                .extracting(Event::type, Event::quantity).containsExactly(EventType.REMOVE_FROM_CART, 4);
    }

    @Test
    void positiveQuantitiesPassUnchanged() {
        Event view = EventBuilder.view("u1", "sku-1").quantity(2).build();
        assertThat(cleaned(view)).isSameAs(view);
    }

    @Test
    void negativeQuantityOnAViewIsRejectedWithTheFieldAndValue() {
        Validation<Event> result = rule.apply(EventBuilder.view("u1", "sku-1").quantity(-1).build());

        assertThat(result).isInstanceOfSatisfying(Validation.Invalid.class, invalid ->
                assertThat(invalid.errors()).singleElement().satisfies(error -> {
                    FieldError e = (FieldError) error;
                    assertThat(e.field()).isEqualTo("quantity");
                    assertThat(e.found()).isEqualTo("-1");
                    assertThat(e.expected()).contains("not on view");
                }));
    }
}
