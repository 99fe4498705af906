package io.marketpilot.cli;

import io.marketpilot.automation.channel.EmailTemplates;
import io.marketpilot.automation.journey.JourneyCatalogue;
import io.marketpilot.automation.journey.TemplateVariables;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code journeys validate} checks a definition against without a data directory: the channel, coupon and
 * segment names the file itself uses are taken as existing (there is no shop to look them up in), while template
 * variables are checked as the shop would check them — only the variables every message has and the journey's own
 * ({@code coupon_code} after {@code issue_coupon}). {@link JourneyCatalogue#OPEN} would accept any variable, so a
 * {@code {{cart_totl}}} typo would pass. Templates are the built-in ones the messaging side renders (they do not
 * depend on the data directory), so an unknown template name is reported offline too.
 */
final class JourneyOfflineCatalogue {
    private JourneyOfflineCatalogue() {}

    static JourneyCatalogue of(Map<String, Object> definition) {
        Set<String> channels = new HashSet<>();
        Set<String> coupons = new HashSet<>();
        Set<String> segments = new HashSet<>();
        collect(definition, channels, coupons, segments);
        return JourneyCatalogue.of(ZoneId.of("UTC"), channels, coupons, segments, Set.of(),
                TemplateVariables.requiredDataByTemplate(EmailTemplates.builtIn().sources()));
    }

    private static void collect(Object node, Set<String> channels, Set<String> coupons, Set<String> segments) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v instanceof String s) {
                    switch (String.valueOf(k)) {
                        case "channel" -> channels.add(s);
                        case "coupon" -> coupons.add(s);
                        case "segment", "audience" -> segments.add(s);
                        default -> { }
                    }
                } else {
                    collect(v, channels, coupons, segments);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, channels, coupons, segments));
        }
    }
}
