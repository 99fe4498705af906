package io.marketpilot.data.cleaning;

import static io.marketpilot.data.cleaning.WireMaps.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.validation.FieldError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemAndCustomerCleanerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void itemsAreNormalisedThenParsedAndBadOnesRejectedWithTheirFields() {
        Cleaned<Item> out = new ItemCleaner().clean(List.of(
                map("item_id", "ＳＫＵ－１", "title", "  Red\u3000\u3000Mug ", "price", "１２.５０", "currency", "eur",
                        "category", "Kitchen > Mugs", "titles", map("zh", "红色 马克杯\u200B")),
                map("item_id", "sku-2", "price", "-1"),
                map("item_id", "sku-3", "title", "Plate", "stock", "lots")));

        Item mug = out.accepted().getFirst();
        assertThat(mug.id().value()).isEqualTo("SKU-1");
        assertThat(mug.title()).isEqualTo("Red Mug");
        assertThat(mug.price()).isEqualTo(new BigDecimal("12.50"));
        assertThat(mug.currency()).isEqualTo("EUR");
        assertThat(mug.category()).containsExactly("Kitchen", "Mugs");
        assertThat(mug.titles()).isEqualTo(Map.of("zh", "红色 马克杯"));
        assertThat(out.rejections()).extracting(Rejection::index).containsExactly(1, 2);
        assertThat(out.rejections().get(0).errors()).extracting(FieldError::field).containsExactlyInAnyOrder("title", "price");
        assertThat(out.rejections().get(1).errors()).extracting(FieldError::field, FieldError::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stock", "\"lots\""));
    }

    @Test
    void customersAreNormalisedThenParsed() {
        Cleaned<Customer> out = new CustomerCleaner(CLOCK).clean(List.of(
                map("user_id", " ｕ１７ ", "traits", map("city", "Ｂｅｒｌｉｎ"), "consent", map("email", "yes")),
                map("traits", map("city", "Paris")),
                map("user_id", "u2", "consent", map("fax", true))));

        Customer c = out.accepted().getFirst();
        assertThat(c.id().value()).isEqualTo("u17");
        assertThat(c.traits()).isEqualTo(Map.of("city", "Berlin"));
        assertThat(c.consent().email()).isTrue();
        assertThat(c.updatedAt()).isEqualTo(CLOCK.instant());
        assertThat(out.rejections()).extracting(r -> r.errors().getFirst().field()).containsExactly("user_id", "consent.fax");
    }
}
