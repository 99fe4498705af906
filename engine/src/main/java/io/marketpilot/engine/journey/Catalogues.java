package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyCatalogue;
import io.marketpilot.automation.journey.TemplateVariables;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the shop has now, for validating a journey's references: configured channels, coupons, segments, and the
 * message templates the messaging side renders with the {@code data.*} values each requires.
 */
final class Catalogues {
    private Catalogues() {
    }

    static JourneyCatalogue of(JourneyPorts ports, ZoneId shopZone) {
        Set<String> channels = ports.messaging().channels().stream().map(c -> c.name().value())
                .collect(Collectors.toSet());
        Set<String> coupons = ports.coupons().coupons().definitions().stream().map(d -> d.id().value())
                .collect(Collectors.toSet());
        Set<String> segments = ports.segments().list().stream().map(s -> s.id()).collect(Collectors.toSet());
        Map<String, Set<String>> templates = TemplateVariables.requiredDataByTemplate(ports.messaging().templateSources());
        return JourneyCatalogue.of(shopZone, channels, coupons, segments, Set.of(), templates);
    }
}
