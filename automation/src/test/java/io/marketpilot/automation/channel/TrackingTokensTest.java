package io.marketpilot.automation.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackingTokensTest {
    private final TrackingTokens tokens = TestContexts.TRACKING;

    @Test
    void roundTripsOpensAndClicks() {
        assertThat(tokens.readOpen(tokens.open("k1"))).contains("k1");
        assertThat(tokens.readClick(tokens.click("k1", "https://shop.example/p?a=1&b=2")))
                .contains(new TrackingTokens.Tracked("k1", Optional.of("https://shop.example/p?a=1&b=2")));
    }

    @Test
    void refusesForgedSwappedAndDamagedTokens() {
        String click = tokens.click("k1", "https://shop.example");
        assertThat(tokens.readOpen(click)).as("a click token is no open token").isEmpty();
        assertThat(tokens.readClick(tokens.open("k1"))).isEmpty();
        TrackingTokens other = new TrackingTokens("another-secret-of-32-bytes-long!".getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.readClick(other.click("k1", "https://evil.example"))).isEmpty();
        assertThat(tokens.readClick(click.substring(0, click.length() - 2))).isEmpty();
        assertThat(tokens.readOpen("garbage")).isEmpty();
        assertThat(tokens.readOpen("!!.??")).isEmpty();
    }
}
