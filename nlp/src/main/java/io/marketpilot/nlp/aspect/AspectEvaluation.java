package io.marketpilot.nlp.aspect;

import io.marketpilot.nlp.sentiment.Sentiment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores aspect analysis on hand-labelled clauses: per aspect F1 of detection (is the aspect mentioned) and of
 * aspect + polarity (mentioned with the labelled polarity), and their macro averages over the nine aspects.
 */
public final class AspectEvaluation {
    /** One labelled clause: its expected aspects with polarity (empty = no aspect). */
    public record LabelledClause(String id, String clause, Map<Aspect, Sentiment.Polarity> expected) {
    }

    private AspectEvaluation() {}

    /** Reads the TSV fixture: id, category, clause, labels ({@code none} or {@code aspect:pos|neg|neu,...}). */
    public static List<LabelledClause> read(Reader in) throws IOException {
        List<LabelledClause> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        int line = 0;
        for (String s = r.readLine(); s != null; s = r.readLine()) {
            line++;
            if (s.isBlank() || s.startsWith("#")) {
                continue;
            }
            String[] f = s.split("\t");
            if (f.length != 4) {
                throw new IOException("line " + line + ": expected 4 tab-separated columns, found " + f.length);
            }
            Map<Aspect, Sentiment.Polarity> expected = new EnumMap<>(Aspect.class);
            if (!f[3].equals("none")) {
                for (String label : f[3].split(",")) {
                    String[] ap = label.split(":");
                    expected.put(Aspect.parse(ap[0]), polarity(ap[1], line));
                }
            }
            out.add(new LabelledClause(f[0], f[2], expected));
        }
        return out;
    }

    private static Sentiment.Polarity polarity(String s, int line) throws IOException {
        return switch (s) {
            case "pos" -> Sentiment.Polarity.POSITIVE;
            case "neg" -> Sentiment.Polarity.NEGATIVE;
            case "neu" -> Sentiment.Polarity.NEUTRAL;
            default -> throw new IOException("line " + line + ": polarity must be pos, neg or neu, was '" + s + "'");
        };
    }

    /** {@code aspect_macro_f1}, {@code aspect_polarity_macro_f1}, and per aspect both F1s. */
    public static Map<String, Object> run(AspectAnalyzer analyzer, List<LabelledClause> clauses) {
        List<ReviewAnalysis> results = analyzer.analyseAll(clauses.stream().map(LabelledClause::clause).toList());
        int n = Aspect.values().length;
        long[][] detect = new long[n][3];
        long[][] joint = new long[n][3];
        for (int i = 0; i < clauses.size(); i++) {
            Map<Aspect, Sentiment.Polarity> predicted = new EnumMap<>(Aspect.class);
            for (AspectMention m : results.get(i).aspects()) {
                predicted.putIfAbsent(m.aspect(), m.polarity());
            }
            Map<Aspect, Sentiment.Polarity> expected = clauses.get(i).expected();
            for (Aspect a : Aspect.values()) {
                count(detect[a.ordinal()], expected.containsKey(a), predicted.containsKey(a));
                boolean hit = expected.containsKey(a) && expected.get(a) == predicted.get(a);
                count(joint[a.ordinal()], expected.containsKey(a), predicted.containsKey(a), hit);
            }
        }
        Map<String, Object> perAspect = new LinkedHashMap<>();
        double sumDetect = 0;
        double sumJoint = 0;
        for (Aspect a : Aspect.values()) {
            double d = f1(detect[a.ordinal()]);
            double j = f1(joint[a.ordinal()]);
            sumDetect += d;
            sumJoint += j;
            perAspect.put(a.code(), Map.of("support", detect[a.ordinal()][0] + detect[a.ordinal()][2],
                "f1", round(d), "with_polarity_f1", round(j)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clauses", clauses.size());
        out.put("aspect_macro_f1", round(sumDetect / n));
        out.put("aspect_polarity_macro_f1", round(sumJoint / n));
        out.put("per_aspect", perAspect);
        return out;
    }

    /** counts: {true positives, false positives, false negatives}. */
    private static void count(long[] c, boolean expected, boolean predicted) {
        count(c, expected, predicted, expected && predicted);
    }

    private static void count(long[] c, boolean expected, boolean predicted, boolean hit) {
        if (hit) {
            c[0]++;
        } else {
            if (predicted) {
                c[1]++;
            }
            if (expected) {
                c[2]++;
            }
        }
    }

    private static double f1(long[] c) {
        return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4f", v));
    }
}
