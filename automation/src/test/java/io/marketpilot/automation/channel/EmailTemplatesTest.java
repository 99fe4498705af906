package io.marketpilot.automation.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailTemplatesTest {
    private final EmailTemplates templates = EmailTemplates.builtIn().with(EmailTemplates.of(Map.of(
            "hello.en", "Subject: Hi {{customer.name}}\n<p>{{data.greeting}} {{customer.name}}</p>")));

    @Test
    void fallsBackFromRegionToLanguageToEnglish() {
        assertThat(templates.resolve("abandoned_cart", "zh-TW")).contains("abandoned_cart.zh");
        assertThat(templates.resolve("abandoned_cart", "fr")).contains("abandoned_cart.en");
        assertThat(templates.resolve("nothing", "en")).isEmpty();
    }

    @Test
    void escapesHtmlAndFailsOnAMissingVariable() {
        var r = templates.render("hello", "en", Map.of("customer", Map.of("name", "<Ann>"), "data", Map.of("greeting", "Hello")));
        assertThat(r.subject()).isEqualTo("Hi &lt;Ann&gt;");
        assertThat(r.html()).isEqualTo("<p>Hello &lt;Ann&gt;</p>");
        assertThat(r.text()).isEqualTo("Hello &lt;Ann&gt;");
        assertThatThrownBy(() -> templates.render("hello", "en", Map.of("customer", Map.of("name", "Ann"), "data", Map.of())))
                .isInstanceOf(EmailTemplates.RenderException.class).hasMessageContaining("hello.en");
    }

    @Test
    void rejectsATemplateWithoutASubject() {
        assertThatThrownBy(() -> EmailTemplates.of(Map.of("bad.en", "<p>no subject</p>")))
                .hasMessage("template bad.en must start with a 'Subject: ...' line");
    }
}
