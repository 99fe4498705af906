package io.marketpilot.automation.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.core.id.UserId;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real SMTP server (GreenMail) on a loopback port. */
class EmailChannelTest extends ChannelContract {
    private GreenMail smtp;
    private final ChannelContext context = TestContexts.context(Clock.fixed(TestContexts.T0, ZoneOffset.UTC));

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private Channel email(int port) {
        return ChannelTypes.create(ChannelName.of("email"), "email",
                Map.of("host", "127.0.0.1", "port", port, "from", "Shop <shop@example.com>", "timeout_ms", 2000), context);
    }

    @Override
    protected Channel working() {
        return email(smtp.getSmtp().getPort());
    }

    @Override
    protected Channel failing() {
        try (ServerSocket s = new ServerSocket(0)) {
            return email(s.getLocalPort()); // closed as soon as we know a free port
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected List<String> receivedKeys() {
        List<String> keys = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                keys.add(m.getHeader("X-MarketPilot-Key", null));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    @Test
    void personalisesInEnglishWithRecommendationsAndTrackedLinks() throws Exception {
        SendResult r = working().send(new Message("cart-ann-1", ChannelName.of("email"), UserId.of("ann"),
                Purpose.MARKETING, "abandoned_cart", "en", Map.of("coupon_code", "7KQM-P3XW", "coupon_text", "10% off")));
        assertThat(r).isInstanceOf(SendResult.Sent.class);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Ann, your cart is waiting");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ann@example.com");
        assertThat(mail.getMessageID()).isEqualTo(((SendResult.Sent) r).reference());
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Hi Ann", "7KQM-P3XW", "Trail shoe", "Wool socks", "https://mp.example/t/o/",
                "https://mp.example/t/c/");
        String token = body.substring(body.indexOf("https://mp.example/t/c/") + 23).split("[\"\\s]")[0]
                .replace("=\r\n", "").replace("=3D", "=");
        assertThat(TestContexts.TRACKING.readClick(token)).hasValueSatisfying(t -> {
            assertThat(t.messageKey()).isEqualTo("cart-ann-1");
            assertThat(t.url()).hasValueSatisfying(u -> assertThat(u).startsWith("https://shop.example/p/i1"));
        });
    }

    @Test
    void speaksChineseToChineseCustomers() throws Exception {
        working().send(new Message("cart-li-1", ChannelName.of("email"), UserId.of("li"), Purpose.MARKETING,
                "abandoned_cart", "zh-CN", Map.of()));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("李雷，您的购物车还在等您");
        assertThat(mail.getContent()).isInstanceOf(jakarta.mail.internet.MimeMultipart.class);
        var html = ((jakarta.mail.internet.MimeMultipart) mail.getContent()).getBodyPart(1).getContent().toString();
        assertThat(html).contains("为您推荐", "返回购物车");
    }

    @Test
    void aCustomerWithoutAnAddressOrAMissingTemplateFailsForGood() {
        SendResult noMail = working().send(new Message("x1", ChannelName.of("email"), UserId.of("nomail"),
                Purpose.MARKETING, "abandoned_cart", "en", Map.of()));
        assertThat(noMail).isEqualTo(new SendResult.Failed("customer nomail has no e-mail trait", false));
        SendResult noTemplate = working().send(new Message("x2", ChannelName.of("email"), UserId.of("ann"),
                Purpose.MARKETING, "no_such", "en", Map.of()));
        assertThat(noTemplate).isInstanceOfSatisfying(SendResult.Failed.class, f -> {
            assertThat(f.retryable()).isFalse();
            assertThat(f.reason()).startsWith("no e-mail template no_such for locale en");
        });
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
