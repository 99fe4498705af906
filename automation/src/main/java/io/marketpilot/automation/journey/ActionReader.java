package io.marketpilot.automation.journey;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.coupon.CouponId;
import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.automation.segment.SegmentId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads the fields of an action step; records the template variables it uses. */
final class ActionReader {
    static final Set<String> TYPES = Set.of("send_message", "issue_coupon", "call_webhook", "set_trait",
            "add_to_segment", "remove_from_segment");
    private static final Set<String> COMMON = Set.of("id", "type", "description", "next");

    private final JsonObject o;
    private final String step;
    private final JourneyCatalogue known;
    private final List<StepReader.Use> uses;

    ActionReader(JsonObject o, String step, JourneyCatalogue known, List<StepReader.Use> uses) {
        this.o = o;
        this.step = step;
        this.known = known;
        this.uses = uses;
    }

    JourneyAction read(String type) {
        return switch (type) {
            case "send_message" -> message();
            case "issue_coupon" -> {
                allow("coupon");
                String c = o.text("coupon", true, "a coupon definition id, e.g. \"cart-10\"");
                if (c != null && (!CouponId.valid(c) || !known.hasCoupon(c))) {
                    o.fail("coupon", "no coupon definition \"" + c + "\"; known: " + new TreeSet<>(known.coupons()));
                    yield null;
                }
                yield c == null ? null : new JourneyAction.IssueCoupon(new CouponId(c));
            }
            case "call_webhook" -> {
                allow("channel", "payload");
                ChannelName ch = channel();
                Map<String, String> payload = texts("payload");
                yield ch == null || payload == null ? null : new JourneyAction.CallWebhook(ch, payload);
            }
            case "set_trait" -> {
                allow("trait", "value");
                String trait = o.text("trait", true, "the trait name");
                Object v = o.raw("value");
                if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                    o.fail("value", "expected a string, number or true/false, found " + JsonObject.found(v));
                    yield null;
                }
                if (v instanceof String s) {
                    use(s, o.at("value"));
                }
                yield trait == null ? null : new JourneyAction.SetTrait(trait, v);
            }
            default -> {
                allow("segment");
                SegmentId s = TriggerReader.segment(o, "segment", true, known);
                yield s == null ? null : new JourneyAction.SegmentMembership(s, type.equals("add_to_segment"));
            }
        };
    }

    private JourneyAction message() {
        allow("channel", "template", "purpose", "data", "min_uplift");
        ChannelName ch = channel();
        String template = o.text("template", true, "a template name, e.g. \"abandoned_cart\"");
        Purpose purpose = Purpose.MARKETING;
        Object p = o.raw("purpose");
        if ("transactional".equals(p)) {
            purpose = Purpose.TRANSACTIONAL;
        } else if (p != null && !"marketing".equals(p)) {
            o.fail("purpose", "expected \"marketing\" (capped, held in quiet hours) or \"transactional\", found "
                    + JsonObject.found(p));
        }
        Map<String, String> data = o.has("data") ? texts("data") : Map.of();
        Object u = o.raw("min_uplift");
        if (u != null && !(u instanceof Number n && n.doubleValue() >= -1 && n.doubleValue() <= 1)) {
            o.fail("min_uplift", "expected a predicted uplift threshold in [-1, 1] (e.g. 0.02), found " + JsonObject.found(u));
        }
        if (template != null) {
            var required = known.templateData(template);
            if (required.isEmpty()) {
                o.fail("template", "no template \"" + template + "\"; known: " + new TreeSet<>(known.templates().keySet()));
            } else if (data != null) {
                for (String var : required.get()) {
                    if (!data.containsKey(var)) {
                        uses.add(new StepReader.Use(step, var, o.at("template"), true));
                    }
                }
            }
        }
        if (ch == null || template == null || data == null) {
            return null;
        }
        return new JourneyAction.SendMessage(ch, template, purpose, data, u instanceof Number n ? n.doubleValue() : null);
    }

    private ChannelName channel() {
        String c = o.text("channel", true, "a channel name, e.g. \"email\"");
        if (c == null) {
            return null;
        }
        if (!c.matches("[a-z][a-z0-9-]{0,62}") || !known.hasChannel(c)) {
            o.fail("channel", "no channel \"" + c + "\"; known: " + new TreeSet<>(known.channels()));
            return null;
        }
        return new ChannelName(c);
    }

    /** An object of texts (which may name {@code {{variables}}}). */
    private Map<String, String> texts(String key) {
        JsonObject m = JsonObject.of(o.raw(key), o.at(key), o.problems, "an object of names and texts");
        if (m == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.map.forEach((k, v) -> {
            if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                String text = PropertyText.of(v);
                out.put(String.valueOf(k), text);
                use(text, m.at(String.valueOf(k)));
            } else {
                m.fail(String.valueOf(k), "expected a text (it may name {{variables}}), found " + JsonObject.found(v));
            }
        });
        return out;
    }

    private void use(String text, String path) {
        for (String var : TemplateVariables.named(text)) {
            uses.add(new StepReader.Use(step, var, path, false));
        }
    }

    private void allow(String... fields) {
        Set<String> all = new java.util.HashSet<>(COMMON);
        all.addAll(List.of(fields));
        o.onlyKnown(all);
    }
}
