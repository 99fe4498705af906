package io.marketpilot.features.profile;

import io.marketpilot.core.event.Event;
import io.marketpilot.features.consent.ConsentLedger;
import io.marketpilot.features.consent.ConsentScope;
import io.marketpilot.features.consent.ConsentStatus;
import java.util.List;
import java.util.Map;

/**
 * Consent stated by an event: {@code properties.consent} is one object or a list of objects
 * {@code {"purpose": "marketing", "channel": "email", "status": "granted"}} (channel defaults to {@code *}). A statement
 * takes the event's timestamp. Malformed statements are left out (the API validates statements it receives directly).
 */
final class ConsentStatements {
    private ConsentStatements() {}

    static ConsentLedger of(Event e) {
        Object raw = e.properties().get("consent");
        if (raw == null) {
            return ConsentLedger.EMPTY;
        }
        List<?> list = raw instanceof List<?> l ? l : List.of(raw);
        ConsentLedger ledger = ConsentLedger.EMPTY;
        for (Object o : list) {
            if (o instanceof Map<?, ?> m && m.get("purpose") instanceof String purpose && !purpose.isBlank()) {
                Object channel = m.get("channel");
                var status = ConsentStatus.fromWire(m.get("status"));
                if (status.isPresent()) {
                    String ch = channel instanceof String c && !c.isBlank() ? c : ConsentScope.ANY_CHANNEL;
                    ledger = ledger.with(new ConsentScope(purpose, ch), status.get(), e.timestamp());
                }
            }
        }
        return ledger;
    }
}
