package io.marketpilot.automation.journey;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/** Reads the five fields of a {@link Cron} expression. */
final class CronFields {
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final String[] NAMES = {"minute", "hour", "day of month", "month", "day of week"};
    private static final int[] LOW = {0, 0, 1, 1, 0};
    private static final int[] HIGH = {59, 23, 31, 12, 7};

    private CronFields() {}

    static Cron parse(String expression) {
        if (expression == null) {
            throw new IllegalArgumentException("expected a cron expression of 5 fields, found nothing");
        }
        String[] fields = expression.strip().split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("expected 5 fields (minute hour day-of-month month day-of-week, e.g."
                    + " \"0 10 * * MON\"), found " + fields.length + " in \"" + expression + "\"");
        }
        BitSet[] sets = new BitSet[5];
        for (int i = 0; i < 5; i++) {
            sets[i] = field(fields[i].toUpperCase(Locale.ROOT), i);
        }
        if (sets[4].get(7)) {
            sets[4].set(0);
            sets[4].clear(7);
        }
        return new Cron(expression.strip(), sets[0], sets[1], sets[2], sets[3], sets[4], fields[2].equals("*"),
                fields[4].equals("*"));
    }

    private static BitSet field(String text, int f) {
        BitSet out = new BitSet();
        for (String part : text.split(",", -1)) {
            int step = 1;
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                step = number(part.substring(slash + 1), f, 1, HIGH[f] == 7 ? 7 : HIGH[f]);
                range = part.substring(0, slash);
            }
            int lo;
            int hi;
            if (range.equals("*")) {
                lo = LOW[f];
                hi = f == 4 ? 6 : HIGH[f];
            } else if (range.contains("-")) {
                String[] ends = range.split("-", -1);
                if (ends.length != 2) {
                    throw bad(f, part);
                }
                lo = value(ends[0], f);
                hi = value(ends[1], f);
                if (lo > hi) {
                    throw new IllegalArgumentException(NAMES[f] + ": range " + range + " goes backwards");
                }
            } else {
                lo = value(range, f);
                hi = slash >= 0 ? HIGH[f] : lo;
            }
            for (int v = lo; v <= hi; v += step) {
                out.set(v);
            }
        }
        return out;
    }

    private static int value(String text, int f) {
        if (f == 3 && MONTHS.contains(text)) {
            return MONTHS.indexOf(text) + 1;
        }
        if (f == 4 && DAYS.contains(text)) {
            return DAYS.indexOf(text);
        }
        return number(text, f, LOW[f], HIGH[f]);
    }

    private static int number(String text, int f, int lo, int hi) {
        if (!text.matches("[0-9]{1,2}")) {
            throw bad(f, text);
        }
        int v = Integer.parseInt(text);
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(NAMES[f] + ": expected " + lo + "-" + hi + ", found " + v);
        }
        return v;
    }

    private static IllegalArgumentException bad(int f, String text) {
        return new IllegalArgumentException(NAMES[f] + ": expected *, a number " + LOW[f] + "-" + HIGH[f]
                + (f == 3 ? " or JAN-DEC" : f == 4 ? " or SUN-SAT" : "") + ", a range a-b, a step */n or a list,"
                + " found \"" + text + "\"");
    }
}
