package io.marketpilot.automation.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscountTextTest {
    private static CouponDefinition coupon(Discount d, String currency, String minSpend) {
        return new CouponDefinition(new CouponId("c"), null, d, currency, new BigDecimal(minSpend),
                Instant.EPOCH, Instant.EPOCH.plusSeconds(1), 1, Budget.UNLIMITED, Set.of());
    }

    @Test
    void percentOffReadsAsPercentInEnglishAndAsZheInChinese() {
        CouponDefinition ten = coupon(new Discount.Percent(10, Optional.empty()), "CNY", "0");
        assertThat(DiscountText.of(ten, "en")).isEqualTo("10% off");
        assertThat(DiscountText.of(ten, "zh-CN")).isEqualTo("9折");
        CouponDefinition capped = coupon(new Discount.Percent(15, Optional.of(new BigDecimal("200.00"))), "CNY", "0");
        assertThat(DiscountText.of(capped, null)).isEqualTo("15% off, up to ¥200");
        assertThat(DiscountText.of(capped, "zh")).isEqualTo("8.5折，最高减¥200");
    }

    @Test
    void amountsNameTheMinimumSpend() {
        CouponDefinition d = coupon(new Discount.Amount(new BigDecimal("20")), "CNY", "100.00");
        assertThat(DiscountText.of(d, "en-GB")).isEqualTo("¥20 off orders over ¥100");
        assertThat(DiscountText.of(d, "zh")).isEqualTo("满¥100减¥20");
        CouponDefinition plain = coupon(new Discount.Amount(new BigDecimal("5.50")), "EUR", "0");
        assertThat(DiscountText.of(plain, "en")).isEqualTo("€5.5 off");
        assertThat(DiscountText.of(plain, "zh")).isEqualTo("立减€5.5");
    }

    @Test
    void freeShipping() {
        assertThat(DiscountText.of(coupon(new Discount.FreeShipping(Optional.empty()), "USD", "0"), "en"))
                .isEqualTo("free shipping");
        assertThat(DiscountText.of(coupon(new Discount.FreeShipping(Optional.empty()), "USD", "30"), "zh"))
                .isEqualTo("满$30包邮");
    }
}
