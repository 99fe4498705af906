package io.marketpilot.engine.journey;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.coupon.CouponId;
import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.automation.journey.JourneyAction;
import io.marketpilot.automation.segment.SegmentId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A {@link JourneyAction} as the JSON of {@code journey_intents.action}, and its kind column. */
final class ActionCodec {
    private ActionCodec() {
    }

    static String kind(JourneyAction a) {
        return switch (a) {
            case JourneyAction.SendMessage m -> "message";
            case JourneyAction.IssueCoupon c -> "coupon";
            case JourneyAction.CallWebhook w -> "webhook";
            case JourneyAction.SetTrait t -> "trait";
            case JourneyAction.SegmentMembership s -> "segment";
        };
    }

    static String write(JourneyAction a) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (a) {
            case JourneyAction.SendMessage s -> {
                m.put("channel", s.channel().value());
                m.put("template", s.template());
                m.put("purpose", s.purpose().name().toLowerCase(Locale.ROOT));
                m.put("data", s.data());
                m.put("min_uplift", s.minUplift());
            }
            case JourneyAction.IssueCoupon c -> m.put("coupon", c.coupon().value());
            case JourneyAction.CallWebhook w -> {
                m.put("channel", w.channel().value());
                m.put("payload", w.payload());
            }
            case JourneyAction.SetTrait t -> {
                m.put("trait", t.trait());
                m.put("value", t.value());
            }
            case JourneyAction.SegmentMembership s -> {
                m.put("segment", s.segment().value());
                m.put("add", s.add());
            }
        }
        return Json.write(m);
    }

    @SuppressWarnings("unchecked")
    static JourneyAction read(String kind, String doc) {
        Map<String, Object> m = Json.read(doc);
        return switch (kind) {
            case "message" -> new JourneyAction.SendMessage(ChannelName.of((String) m.get("channel")),
                    (String) m.get("template"), Purpose.valueOf(((String) m.get("purpose")).toUpperCase(Locale.ROOT)),
                    (Map<String, String>) m.get("data"),
                    m.get("min_uplift") == null ? null : ((Number) m.get("min_uplift")).doubleValue());
            case "coupon" -> new JourneyAction.IssueCoupon(new CouponId((String) m.get("coupon")));
            case "webhook" -> new JourneyAction.CallWebhook(ChannelName.of((String) m.get("channel")),
                    (Map<String, String>) m.get("payload"));
            case "trait" -> new JourneyAction.SetTrait((String) m.get("trait"), m.get("value"));
            case "segment" -> new JourneyAction.SegmentMembership(new SegmentId((String) m.get("segment")),
                    Boolean.TRUE.equals(m.get("add")));
            default -> throw new IllegalStateException("unknown journey action kind " + kind);
        };
    }

    /** A copy of the map with the entry added (for rendered message data). */
    static Map<String, Object> with(Map<String, ?> base, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.put(key, value);
        return m;
    }
}
