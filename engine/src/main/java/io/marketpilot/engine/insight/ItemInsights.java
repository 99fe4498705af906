package io.marketpilot.engine.insight;

import java.time.temporal.IsoFields;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What customers say about one item: sentiment shares, the weekly trend (ISO weeks, UTC), aspects by mentions with
 * their polarity split, and representative quotes (the clearest positive and negative reviews, short ones first).
 */
public record ItemInsights(String itemId, int reviews, Shares sentiment, List<Week> trend, List<AspectSummary> aspects,
                           List<Quote> positiveQuotes, List<Quote> negativeQuotes) {

    /** Shares of positive, neutral and negative reviews, and the mean positive probability. */
    public record Shares(double positive, double neutral, double negative, double meanPositiveProbability) {
    }

    /** One ISO week ({@code 2026-W47}). */
    public record Week(String week, int reviews, double positiveShare, double meanPositiveProbability) {
    }

    /** One aspect: mentions and how they split. */
    public record AspectSummary(String aspect, int mentions, int positive, int neutral, int negative) {
    }

    /** A review quoted: its event id, text and positive probability. */
    public record Quote(String reviewId, String text, double positiveProbability) {
    }

    static final int QUOTES = 3;
    private static final int QUOTE_MAX_CHARS = 280;

    static ItemInsights of(String itemId, List<AnalysedReview> reviews) {
        int n = reviews.size();
        int pos = 0;
        int neg = 0;
        double sum = 0;
        Map<String, List<AnalysedReview>> weeks = new TreeMap<>();
        Map<String, int[]> aspects = new LinkedHashMap<>();
        for (AnalysedReview r : reviews) {
            pos += r.polarity().equals("positive") ? 1 : 0;
            neg += r.polarity().equals("negative") ? 1 : 0;
            sum += r.positive();
            var day = r.timestamp().atZone(ZoneOffset.UTC);
            String week = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            weeks.computeIfAbsent(week, k -> new ArrayList<>()).add(r);
            for (AnalysedReview.Mention m : r.aspects()) {
                int[] c = aspects.computeIfAbsent(m.aspect(), k -> new int[3]);
                c[m.polarity().equals("positive") ? 0 : m.polarity().equals("neutral") ? 1 : 2]++;
            }
        }
        List<Week> trend = new ArrayList<>();
        weeks.forEach((w, rs) -> {
            long p = rs.stream().filter(r -> r.polarity().equals("positive")).count();
            trend.add(new Week(w, rs.size(), round(p / (double) rs.size()),
                round(rs.stream().mapToDouble(AnalysedReview::positive).average().orElse(0))));
        });
        List<AspectSummary> summaries = new ArrayList<>();
        aspects.forEach((a, c) -> summaries.add(new AspectSummary(a, c[0] + c[1] + c[2], c[0], c[1], c[2])));
        summaries.sort(Comparator.comparingInt(AspectSummary::mentions).reversed().thenComparing(AspectSummary::aspect));
        Shares shares = n == 0 ? new Shares(0, 0, 0, 0) : new Shares(round(pos / (double) n),
            round((n - pos - neg) / (double) n), round(neg / (double) n), round(sum / n));
        return new ItemInsights(itemId, n, shares, trend, summaries,
            quotes(reviews, "positive", Comparator.comparingDouble(AnalysedReview::positive).reversed()),
            quotes(reviews, "negative", Comparator.comparingDouble(AnalysedReview::positive)));
    }

    /** The clearest reviews of a polarity, preferring readable lengths (10-280 chars), distinct texts. */
    private static List<Quote> quotes(List<AnalysedReview> reviews, String polarity, Comparator<AnalysedReview> order) {
        List<AnalysedReview> candidates = new ArrayList<>(reviews.stream()
            .filter(r -> r.polarity().equals(polarity)).toList());
        candidates.sort(Comparator.<AnalysedReview, Boolean>comparing(
            r -> r.text().strip().length() < 10 || r.text().length() > QUOTE_MAX_CHARS).thenComparing(order));
        List<Quote> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (AnalysedReview r : candidates) {
            if (out.size() == QUOTES) {
                break;
            }
            if (seen.add(r.text().strip())) {
                String text = r.text().length() > QUOTE_MAX_CHARS ? r.text().substring(0, QUOTE_MAX_CHARS) + "…" : r.text();
                out.add(new Quote(r.eventId(), text, round(r.positive())));
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
