package io.marketpilot.automation.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateVariablesTest {
    @Test
    void namesEveryTokenOnce() {
        assertThat(TemplateVariables.named("Hi {{ customer.name }}, {{coupon_code}} / {{coupon_code}} {{#data.x}}"))
                .containsExactly("customer.name", "coupon_code", "data.x");
    }

    @Test
    void requiredDataIsWhatIsNamedOutsideSections() {
        String source = "Subject: {{data.title}}\n{{#data.coupon_code}}<b>{{data.coupon_code}}</b>{{/data.coupon_code}}"
                + "{{^data.note}}{{data.fallback}}{{/data.note}}{{{data.raw}}} {{customer.name}}";
        assertThat(TemplateVariables.requiredData(source)).containsExactly("title", "raw");
    }

    @Test
    void perTemplateNeedsAreTheUnionOverLocales() {
        assertThat(TemplateVariables.requiredDataByTemplate(Map.of("coupon.en", "{{data.code}}", "coupon.zh",
                "{{data.code}}{{data.text}}", "plain.en", "hello"))).isEqualTo(Map.of("coupon",
                java.util.Set.of("code", "text"), "plain", java.util.Set.of()));
    }

    @Test
    void fillsKnownTokensAndLeavesTheRest() {
        assertThat(TemplateVariables.fill("{{a}}-{{ b }}-{{c}}-{{#a}}", Map.of("a", "1", "b", "$2")::get))
                .isEqualTo("1-$2-{{c}}-{{#a}}");
    }
}
