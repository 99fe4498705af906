package io.marketpilot.automation.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.core.id.UserId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Channel} must do: name itself and its registered type, deliver a message (or hold it), pass
 * the idempotency key to the receiver, and report failure as a value. An implementation's test provides a
 * working channel, one whose receiver fails, and what the receiver saw.
 */
public abstract class ChannelContract {
    protected abstract Channel working();

    protected abstract Channel failing();

    /** The idempotency keys the working channel's receiver got, in order. */
    protected abstract java.util.List<String> receivedKeys();

    protected Message message(String key) {
        return new Message(key, working().name(), UserId.of("ann"), Purpose.MARKETING, "abandoned_cart", "en",
                Map.of("cart_value", 42));
    }

    @Test
    void isRegisteredUnderItsType() {
        assertThat(ChannelTypes.byName(working().type())).isPresent();
    }

    @Test
    void deliversAndPassesTheIdempotencyKeyOn() {
        SendResult r = working().send(message("k-1"));
        assertThat(r).isInstanceOfAny(SendResult.Sent.class, SendResult.Held.class);
        if (r instanceof SendResult.Sent) {
            assertThat(receivedKeys()).containsExactly("k-1");
        }
    }

    @Test
    void reportsAFailingReceiverAsAValue() {
        if (failing() == null) {
            return; // a channel that only holds messages cannot fail
        }
        assertThat(failing().send(message("k-2"))).isInstanceOf(SendResult.Failed.class);
    }
}
