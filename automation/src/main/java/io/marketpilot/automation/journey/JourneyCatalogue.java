package io.marketpilot.automation.journey;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What exists in the shop, for validating references: channel names, coupon ids, segment ids, the template
 * variables every message has (e.g. {@code customer.name}, {@code shop_url}) and, per known template name, the
 * {@code data.*} variables it requires. {@code open} accepts every name (validation without a data dir).
 * {@code zone} is the shop's time zone, used when a journey names none.
 */
public record JourneyCatalogue(boolean open, ZoneId zone, Set<String> channels, Set<String> coupons,
                               Set<String> segments, Set<String> variables, Map<String, Set<String>> templates) {
    /** Accepts any channel, coupon, segment, template and variable; the shop zone is UTC. */
    public static final JourneyCatalogue OPEN = new JourneyCatalogue(true, ZoneId.of("UTC"), Set.of(), Set.of(),
            Set.of(), Set.of(), Map.of());

    /** The variables every message has, whatever the shop. */
    public static final Set<String> STANDARD_VARIABLES = Set.of("customer.id", "customer.name", "customer.email",
            "shop_url", "journey.id", "journey.version", "run.id");

    public JourneyCatalogue {
        Objects.requireNonNull(zone, "zone");
        channels = Set.copyOf(channels);
        coupons = Set.copyOf(coupons);
        segments = Set.copyOf(segments);
        variables = Set.copyOf(variables);
        templates = Map.copyOf(templates);
    }

    /** A closed catalogue: only these names exist. */
    public static JourneyCatalogue of(ZoneId zone, Set<String> channels, Set<String> coupons, Set<String> segments,
                                      Set<String> variables, Map<String, Set<String>> templates) {
        return new JourneyCatalogue(false, zone, channels, coupons, segments, variables, templates);
    }

    public boolean hasChannel(String name) {
        return open || channels.contains(name);
    }

    public boolean hasCoupon(String id) {
        return open || coupons.contains(id);
    }

    public boolean hasSegment(String id) {
        return open || segments.contains(id);
    }

    /** Whether {@code name} is a variable every message has ({@code customer.*} traits are always accepted). */
    public boolean hasVariable(String name) {
        return open || STANDARD_VARIABLES.contains(name) || variables.contains(name) || name.startsWith("customer.");
    }

    /**
     * The {@code data.*} variables the template requires (without the {@code data.} prefix); empty when the
     * template is unknown, and an empty set for an open catalogue or a template with no such variable.
     */
    public Optional<Set<String>> templateData(String template) {
        if (templates.containsKey(template)) {
            return Optional.of(templates.get(template));
        }
        return open || templates.isEmpty() ? Optional.of(Set.of()) : Optional.empty();
    }
}
