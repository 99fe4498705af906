package io.marketpilot.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The planted ground truth in truth.json can be recovered from the events. */
class DemoShopSignalTest {

    private static final Set<String> ITEM_INTERACTIONS = Set.of("view", "click", "add_to_cart", "purchase");

    private final SmallDemoShop small = SmallDemoShop.get();

    @Test
    void customersMostlyInteractWithTheirPreferredCategories() {
        Map<String, Set<String>> preferred = new HashMap<>();
        for (JsonNode c : small.truth.get("customers")) {
            Set<String> names = new HashSet<>();
            c.get("categories").forEach(k -> names.add(k.get("name").asText()));
            preferred.put(c.get("user_id").asText(), names);
        }
        Map<String, int[]> hitsAndTotal = new HashMap<>();
        for (JsonNode e : small.events) {
            if (ITEM_INTERACTIONS.contains(e.get("type").asText())) {
                String user = e.get("user_id").asText();
                String top = small.itemById.get(e.get("item_id").asText()).get("category").get(0).asText();
                int[] counts = hitsAndTotal.computeIfAbsent(user, u -> new int[2]);
                counts[0] += preferred.get(user).contains(top) ? 1 : 0;
                counts[1]++;
            }
        }
        List<Double> shares = hitsAndTotal.values().stream().filter(c -> c[1] >= 10)
                .map(c -> (double) c[0] / c[1]).toList();

        assertThat(shares).hasSizeGreaterThan(200);
        assertThat(shares.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).isGreaterThan(0.75);
        assertThat(shares.stream().filter(s -> s > 0.6).count()).isGreaterThan(shares.size() * 8L / 10);
    }

    @Test
    void bundlePartnersAreBoughtTogetherFarMoreOftenThanOtherPairs() {
        Map<String, Set<String>> orders = new TreeMap<>();
        for (JsonNode e : small.eventsOfType("purchase")) {
            orders.computeIfAbsent(e.get("properties").get("order_id").asText(), o -> new HashSet<>())
                    .add(e.get("item_id").asText());
        }
        Set<String> bundlePairs = new HashSet<>();
        for (JsonNode bundle : small.truth.get("bundles")) {
            List<String> members = new ArrayList<>();
            bundle.get("items").forEach(i -> members.add(i.asText()));
            for (String a : members) {
                for (String b : members) {
                    if (a.compareTo(b) < 0) {
                        bundlePairs.add(a + "+" + b);
                    }
                }
            }
        }
        long inBundle = 0;
        long other = 0;
        for (Set<String> order : orders.values()) {
            for (String a : order) {
                for (String b : order) {
                    if (a.compareTo(b) < 0) {
                        if (bundlePairs.contains(a + "+" + b)) {
                            inBundle++;
                        } else {
                            other++;
                        }
                    }
                }
            }
        }
        long n = small.items.size();
        double bundleRate = (double) inBundle / bundlePairs.size();
        double otherRate = (double) other / (n * (n - 1) / 2 - bundlePairs.size());

        assertThat(inBundle).isGreaterThanOrEqualTo(10);
        assertThat(bundleRate).isGreaterThan(100 * otherRate);
    }

    @Test
    void reviewTextsAreInTheReviewersLanguageWithThePolarityOfTheRating() {
        List<JsonNode> reviews = small.eventsOfType("review");
        assertThat(reviews).hasSizeGreaterThan(5);
        for (JsonNode review : reviews) {
            boolean chinese = small.customerById.get(review.get("user_id").asText())
                    .get("traits").get("language").asText().equals("zh");
            int rating = review.get("properties").get("rating").asInt();
            String text = review.get("properties").get("text").asText();

            assertThat(ReviewTexts.templates(chinese, rating)).as(text)
                    .anyMatch(template -> matches(template, text));
            assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as(text).isEqualTo(chinese);
        }
    }

    @Test
    void weekendsAndTheEveningAreBusierThanWeekdaysAndTheNight() {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        int[] perLocalHour = new int[24];
        for (JsonNode e : small.events) {
            var local = Instant.parse(e.get("timestamp").asText()).atOffset(ZoneOffset.ofHours(8));
            perLocalHour[local.getHour()]++;
            if (local.toLocalDate().isBefore(LocalDate.of(2026, 9, 30))) {
                perDay.merge(local.toLocalDate(), 1, Integer::sum);
            }
        }
        double weekend = perDay.entrySet().stream().filter(d -> d.getKey().getDayOfWeek().getValue() >= 6)
                .mapToInt(Map.Entry::getValue).average().orElseThrow();
        double weekday = perDay.entrySet().stream().filter(d -> d.getKey().getDayOfWeek().getValue() < 6)
                .mapToInt(Map.Entry::getValue).average().orElseThrow();

        assertThat(weekend).isGreaterThan(1.15 * weekday);
        assertThat(perLocalHour[20] + perLocalHour[21]).isGreaterThan(5 * (perLocalHour[3] + perLocalHour[4]));
    }

    @Test
    void festivalsBringMoreTrafficAndLowerPrices() {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (JsonNode e : small.events) {
            perDay.merge(LocalDate.ofInstant(Instant.parse(e.get("timestamp").asText()), ZoneOffset.UTC), 1, Integer::sum);
        }
        double september = perDay.entrySet().stream().filter(d -> d.getKey().getMonthValue() == 9)
                .mapToInt(Map.Entry::getValue).average().orElseThrow();
        double goldenWeek = perDay.entrySet().stream()
                .filter(d -> d.getKey().getMonthValue() == 10 && d.getKey().getDayOfMonth() <= 6)
                .mapToInt(Map.Entry::getValue).average().orElseThrow();
        int lastDay = perDay.get(LocalDate.of(2026, 10, 31));

        assertThat(goldenWeek).isGreaterThan(1.3 * september);
        assertThat(lastDay).isGreaterThan((int) (2 * september));
        for (JsonNode purchase : small.eventsOfType("purchase")) {
            double paid = Double.parseDouble(purchase.get("price").asText());
            double list = Double.parseDouble(small.itemById.get(purchase.get("item_id").asText()).get("price").asText());
            if (purchase.get("context").has("holiday")) {
                assertThat(paid).as(purchase.toString()).isLessThan(list);
            } else {
                assertThat(paid).as(purchase.toString()).isEqualTo(list);
            }
        }
    }

    private static boolean matches(String template, String text) {
        String[] parts = template.split("\\{n}", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : ".+").append(Pattern.quote(parts[i]));
        }
        return text.matches(regex.toString());
    }
}
