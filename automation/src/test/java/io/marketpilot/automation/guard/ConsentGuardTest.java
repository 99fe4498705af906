package io.marketpilot.automation.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.customer.Consent;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsentGuardTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final ConsentGuard guard = new ConsentGuard(ConsentLookup.fromCustomers(id -> switch (id.value()) {
        case "yes" -> Optional.of(new Customer(id, Map.of(), new Consent(true, false, false, true), NOW, Map.of()));
        case "no" -> Optional.of(new Customer(id, Map.of(), Consent.DEFAULT, NOW, Map.of()));
        default -> Optional.empty();
    }));

    @Test
    void sendsOnlyWhereTheCustomerConsented() {
        assertThat(guard.check(Sends.marketing("yes", Sends.EMAIL), NOW)).isEqualTo(GuardResult.ALLOWED);
        assertThat(guard.check(Sends.marketing("no", Sends.EMAIL), NOW))
                .isEqualTo(new GuardResult.Blocked("no email consent for marketing messages"));
        assertThat(guard.check(Sends.marketing("stranger", Sends.EMAIL), NOW)).isInstanceOf(GuardResult.Blocked.class);
    }

    @Test
    void consentIsPerTopic() {
        var sms = new SendAttempt(UserId.of("yes"), Sends.HOOK, ConsentTopic.SMS, Purpose.MARKETING);
        assertThat(guard.check(sms, NOW)).isInstanceOf(GuardResult.Blocked.class);
    }
}
