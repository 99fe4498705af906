package io.marketpilot.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the output of a tiny shop byte for byte, so any change to the formats or to the
 * simulation is deliberate. After an intended change, rerun this test and copy the new lines
 * and hashes from its failure message (and say in the change why the demo data moved).
 */
class DemoShopGoldenTest {

    private static final DemoShopConfig TINY =
            new DemoShopConfig(42, 10, 3, 12, 2, Instant.parse("2026-10-02T00:00:00Z"));

    private static final String FIRST_ITEM = """
            {"item_id":"sku-00001","title":"Golden Field Organic Beef Jerky 1kg","titles":{"en":"Golden Field Organic \
            Beef Jerky 1kg","zh":"金田 有机牛肉干 1kg"},"description":"Organic beef jerky from Golden Field, chosen by \
            shoppers for premium materials.","category":["Grocery","Snacks","Beef Jerky"],"brand":"Golden Field",\
            "price":"44.90","currency":"CNY","stock":22,"tags":["bestseller","snacks"],"attributes":{"category_zh":\
            ["食品","零食","牛肉干"],"brand_zh":"金田","shelf_life_days":365},"available":true,\
            "created_at":"2026-01-11T08:36:28Z"}""";
    private static final String FIRST_CUSTOMER = """
            {"user_id":"u-000001","traits":{"name":"郑婷","email":"u000001@example.com","city":"Xi'an",\
            "gender":"female","age":55,"signup_at":"2024-02-08T08:23:17Z","tier":"bronze","language":"zh"},\
            "consent":{"email":true,"sms":false,"push":false,"personalization":true}}""";
    private static final String FIFTH_EVENT = """
            {"event_id":"ev-0000005","type":"search","user_id":"u-000003","timestamp":"2026-10-01T06:24:10Z",\
            "session_id":"s-0000003","context":{"channel":"app","device":"mobile","holiday":"golden_week"},\
            "properties":{"query":"Urban Thread down jacket sale"}}""";
    private static final List<String> SHA_256 = List.of(
            "items.jsonl 25caba70e8222252980bb82fb26de89e38991695a8f1752db757056e87fee167",
            "customers.jsonl d861ea6e27c92ab3cf731c3dcedb30312787a21713deeb53ba8a8b0bbf8aba2e",
            "events.jsonl 1aa2a2439ad145d7688abc103ffc4747db8bf1a02ac28d727073d2bff088528c",
            "truth.json 13fe73021eb0df479629f110eb0b09d4e70b63d860a92b151ce83372d3522f3d");

    @Test
    void aTinyShopIsGeneratedExactlyAsBefore() throws Exception {
        DemoShop shop = SmallDemoShop.generate(TINY, "golden");

        assertThat(Files.readAllLines(shop.items()).get(0)).isEqualTo(FIRST_ITEM);
        assertThat(Files.readAllLines(shop.customers()).get(0)).isEqualTo(FIRST_CUSTOMER);
        assertThat(Files.readAllLines(shop.events()).get(4)).isEqualTo(FIFTH_EVENT);
        assertThat(List.of(sha256(shop.items()), sha256(shop.customers()), sha256(shop.events()), sha256(shop.truth())))
                .isEqualTo(SHA_256);
    }

    private static String sha256(Path file) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        return file.getFileName() + " " + HexFormat.of().formatHex(digest);
    }
}
