package io.marketpilot.automation.journey;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.coupon.CouponId;
import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.automation.segment.SegmentId;
import java.util.Map;
import java.util.Objects;

/**
 * What a journey does to a customer; the engine performs it once per idempotency key. In a {@link JourneyEffect.Perform}
 * the texts are already rendered: every {@code {{var}}} replaced by the run's variables.
 */
public sealed interface JourneyAction {

    /**
     * A message on a channel with a template; {@code data} goes to the template (the run's variables, such as
     * {@code coupon_code}, are added to it). With {@code minUplift}, customers whose predicted uplift is below it
     * are skipped.
     */
    record SendMessage(ChannelName channel, String template, Purpose purpose, Map<String, String> data,
                       Double minUplift) implements JourneyAction {
        public SendMessage {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(purpose, "purpose");
            data = Map.copyOf(data);
        }
    }

    /** Issues a coupon of this definition; its code and text become the run's {@code coupon_code}, {@code coupon_text}. */
    record IssueCoupon(CouponId coupon) implements JourneyAction {
        public IssueCoupon {
            Objects.requireNonNull(coupon, "coupon");
        }
    }

    /** Posts {@code payload} to a webhook channel. */
    record CallWebhook(ChannelName channel, Map<String, String> payload) implements JourneyAction {
        public CallWebhook {
            Objects.requireNonNull(channel, "channel");
            payload = Map.copyOf(payload);
        }
    }

    /** Sets a customer trait ({@code value} is a string, number or boolean). */
    record SetTrait(String trait, Object value) implements JourneyAction {
        public SetTrait {
            Objects.requireNonNull(trait, "trait");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Adds the customer to ({@code add = true}) or removes them from a (manually kept) segment. */
    record SegmentMembership(SegmentId segment, boolean add) implements JourneyAction {
        public SegmentMembership {
            Objects.requireNonNull(segment, "segment");
        }
    }
}
