package io.marketpilot.automation.journey;

import static io.marketpilot.automation.journey.Journeys.SHOP;
import static io.marketpilot.automation.journey.Journeys.T0;
import static io.marketpilot.automation.journey.Journeys.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples of docs/journeys.md are valid against a shop that has their channels, coupons and templates. */
class DocumentedJourneysTest {
    static List<Object> examples() throws IOException {
        Path root = Path.of(System.getProperty("marketpilot.repo", "..")).toAbsolutePath().normalize();
        String doc = Files.readString(root.resolve("docs/journeys.md"));
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        List<Object> out = new ArrayList<>();
        while (m.find()) {
            out.add(Journeys.MAPPER.readValue(m.group(1), Object.class));
        }
        return out;
    }

    private static JourneyDefinition example(String id) throws IOException {
        for (Object json : examples()) {
            if (json instanceof Map<?, ?> map && id.equals(map.get("id"))) {
                return new JourneyParser().parse(json, SHOP).orThrow();
            }
        }
        throw new AssertionError("no example " + id + " in docs/journeys.md");
    }

    @Test
    void bothExamplesAreValid() throws IOException {
        assertThat(examples()).hasSize(2);
        for (Object json : examples()) {
            assertThat(new JourneyParser().parse(json, SHOP).problems()).isEmpty();
        }
        assertThat(example("win-back").trigger()).isInstanceOf(Trigger.Inactivity.class);
    }

    @Test
    void theBuiltInTemplatesDataNeedsAreWhatTheCatalogueOfTheTestsSays() throws IOException {
        assertThat(TemplateVariables.requiredData(resource("templates/email/coupon.en.mustache")))
                .isEqualTo(SHOP.templates().get("coupon"));
        assertThat(TemplateVariables.requiredData(resource("templates/email/abandoned_cart.en.mustache"))).isEmpty();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DocumentedJourneysTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void abandonedCartRemindsAfterAnHourThenSendsACouponADayLaterUnlessTheyBuy() throws IOException {
        JourneyDefinition d = example("abandoned-cart");
        Driver engine = new Driver(d, CustomerView.unknown());
        String buyer = treatedCustomer(d, 0);
        String browser = treatedCustomer(d, 1);
        engine.event(event(EventType.ADD_TO_CART, buyer, T0), T0);
        engine.event(event(EventType.ADD_TO_CART, browser, T0.plusSeconds(1)), T0.plusSeconds(1));
        Instant bought = T0.plus(Duration.ofMinutes(40));
        engine.event(event(EventType.PURCHASE, buyer, bought), bought);
        engine.advanceTo(T0.plus(Duration.ofHours(2)));

        assertThat(engine.performed).hasSize(1);
        assertThat(engine.performed.getFirst().idempotencyKey()).contains(":remind:");
        assertThat(engine.performed.getFirst().action()).isInstanceOf(JourneyAction.SendMessage.class);

        // a second add-to-cart while in the journey enters nothing
        engine.event(event(EventType.ADD_TO_CART, browser, T0.plus(Duration.ofHours(3))), T0.plus(Duration.ofHours(3)));
        engine.advanceTo(T0.plus(Duration.ofDays(2)));
        assertThat(engine.performed).extracting(p -> p.action().getClass().getSimpleName())
                .containsExactly("SendMessage", "IssueCoupon", "SendMessage");
        var coupon = (JourneyAction.SendMessage) engine.performed.getLast().action();
        assertThat(coupon.template()).isEqualTo("coupon");
        assertThat(coupon.data().get("coupon_code")).startsWith("CODE-");
        assertThat(coupon.data().get("subject")).isEqualTo("{{customer.name}}, 10% off on your cart");

        JourneyReport report = engine.stats.report();
        assertThat(report.entered()).isEqualTo(2);
        assertThat(report.exitedByReason()).isEqualTo(Map.of("purchased", 1L, "completed", 1L));
        assertThat(report.converted()).isEqualTo(1);
        assertThat(Set.copyOf(engine.entries.keySet())).containsExactlyInAnyOrder(buyer, browser);
    }

    /** The {@code n}-th customer the documented 10 % holdout does not hold out. */
    private static String treatedCustomer(JourneyDefinition d, int n) {
        Step.Split split = (Step.Split) d.step("measure");
        int found = 0;
        for (int i = 0; ; i++) {
            if (!Splits.arm(d.id(), "u" + i, split).equals(Splits.HOLDOUT) && found++ == n) {
                return "u" + i;
            }
        }
    }
}
