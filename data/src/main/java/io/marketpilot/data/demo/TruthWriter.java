package io.marketpilot.data.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code truth.json}, the planted ground truth that models are checked against: generation
 * parameters, per-day demand, item popularity and quality, customer tastes and bundles. One JSON
 * document; each item, customer and bundle sits on its own line for easy diffing.
 */
final class TruthWriter {

    static final String FORMAT = "marketpilot-demo-truth";
    static final int VERSION = 1;
    private static final String[] PRICE_BUCKETS = {"premium", "neutral", "bargain"};

    static void write(DemoShopConfig cfg, Catalogue catalogue, Bundles bundles, List<Customer> customers,
                      Seasonality seasonality, Path path) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path),
                StandardCharsets.UTF_8), 1 << 16)) {
            JsonLine json = new JsonLine();
            json.beginObject().string("format", FORMAT).number("version", VERSION).number("seed", cfg.seed());
            json.beginObject("config").number("products", cfg.products()).number("customers", cfg.customers())
                    .number("events", cfg.events()).number("days", cfg.days())
                    .timestamp("start", cfg.start().getEpochSecond()).timestamp("end", cfg.end().getEpochSecond())
                    .endObject();
            parameters(json);
            days(json, seasonality);
            categories(json);
            out.append(json.text()).append(",\n\"items\":[\n");
            for (Item item : catalogue.items()) {
                json.reset().beginObject().string("item_id", item.id())
                        .string("department", item.department().name().en())
                        .number("popularity", item.popularity(), 10).number("rank_in_department", item.rank())
                        .number("quality", item.quality(), 4).endObject();
                out.append(item.index() == 0 ? "" : ",\n").append(json.text());
            }
            out.append("\n],\n\"customers\":[\n");
            for (Customer c : customers) {
                customer(json.reset(), c);
                out.append(c.index() == 0 ? "" : ",\n").append(json.text());
            }
            out.append("\n],\n\"bundles\":[\n");
            for (int g = 0; g < bundles.groups().size(); g++) {
                json.reset().beginObject().beginArray("items");
                for (int item : bundles.groups().get(g)) {
                    json.string(catalogue.get(item).id());
                }
                json.endArray().endObject();
                out.append(g == 0 ? "" : ",\n").append(json.text());
            }
            out.append("\n]}\n");
        }
    }

    private static void parameters(JsonLine json) {
        json.beginObject("parameters")
                .number("taste_share", TastePicker.TASTE_SHARE, 2)
                .number("brand_loyalty", TastePicker.BRAND_LOYALTY, 2)
                .number("zipf_exponent", Catalogue.ZIPF_EXPONENT, 2)
                .beginArray("price_beta_by_bucket");
        for (double beta : TastePicker.PRICE_BETA) {
            json.number(beta, 2);
        }
        json.endArray()
                .number("bundle_partner_probability", Bundles.PARTNER_PROBABILITY, 2)
                .number("cart_per_view", SessionSimulator.CART_PER_VIEW, 2)
                .number("refund_rate", FollowUps.REFUND_RATE, 3)
                .number("review_rate", FollowUps.REVIEW_RATE, 3)
                .string("refund_model", "refund_rate * (" + FollowUps.REFUND_BASE + " - " + FollowUps.REFUND_SLOPE
                        + " * quality)")
                .string("rating_model", "experience = quality + N(0, experience_noise); 5 stars if"
                        + " experience >= rating_thresholds[0], 4 if >= [1], 3 if >= [2], 2 if >= [3], else 1")
                .number("experience_noise", FollowUps.EXPERIENCE_NOISE, 2)
                .beginArray("rating_thresholds");
        for (double threshold : FollowUps.RATING_THRESHOLDS) {
            json.number(threshold, 2);
        }
        json.endArray()
                .number("personal_hour_share", Seasonality.PERSONAL_HOUR_SHARE, 2)
                .string("local_time_offset", Seasonality.SHOP_ZONE.getId())
                .beginArray("hour_weights_local");
        for (double w : Seasonality.HOUR_WEIGHTS) {
            json.number(w, 2);
        }
        json.endArray().endObject();
    }

    private static void days(JsonLine json, Seasonality seasonality) {
        json.beginArray("days");
        for (int d = 0; d < seasonality.days(); d++) {
            json.beginObject().string("date", seasonality.date(d).toString())
                    .timestamp("slice_start", seasonality.sliceStart(d))
                    .number("demand", seasonality.demand(d), 4)
                    .number("discount", seasonality.discount(d), 2);
            if (seasonality.holiday(d) != null) {
                json.string("holiday", seasonality.holiday(d));
            }
            json.endObject();
        }
        json.endArray();
    }

    private static void categories(JsonLine json) {
        json.beginArray("categories");
        for (Department d : Departments.ALL) {
            json.beginObject().string("en", d.name().en()).string("zh", d.name().zh())
                    .number("share", d.share(), 2).beginArray("subcategories");
            for (Department.Sub s : d.subs()) {
                json.beginObject().string("en", s.name().en()).string("zh", s.name().zh())
                        .number("median_price", s.medianPrice(), 2).number("price_sigma", s.sigma(), 2)
                        .endObject();
            }
            json.endArray().endObject();
        }
        json.endArray();
    }

    private static void customer(JsonLine json, Customer c) {
        Customer.Taste t = c.taste();
        json.beginObject().string("user_id", c.id()).string("language", c.language())
                .number("activity", c.activity(), 4)
                .number("price_sensitivity", t.priceSensitivity(), 4)
                .string("price_bucket", PRICE_BUCKETS[t.priceBucket()])
                .number("peak_hour_local", c.peakHour())
                .string("channel", Customer.CHANNELS[c.channel()])
                .beginArray("categories");
        for (int k = 0; k < t.depts().length; k++) {
            json.beginObject().string("name", Departments.ALL.get(t.depts()[k]).name().en())
                    .number("weight", t.deptWeights()[k], 4).endObject();
        }
        json.endArray().beginArray("brands");
        for (int k = 0; k < t.brands().length; k++) {
            Department d = Departments.ALL.get(t.brandDepts()[k]);
            json.beginObject().string("name", d.brands().get(t.brands()[k]).en())
                    .string("department", d.name().en()).number("weight", t.brandWeights()[k], 4).endObject();
        }
        json.endArray().endObject();
    }

    private TruthWriter() {
    }
}
