package io.marketpilot.automation.segment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a raw trait or attribute value is seen by conditions — one normalisation shared by both evaluators, so
 * they cannot disagree: a scalar has a text, maybe a number (numbers, numeric strings) and maybe a point in time
 * (ISO instants, {@code yyyy-MM-dd} dates at UTC midnight); a list contributes one element per non-null scalar;
 * objects and nulls contribute nothing.
 */
final class FactValues {
    /** Numeric strings (the batch SQL uses the same pattern). */
    static final String NUMBER_PATTERN = "-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?";
    private static final Pattern NUMBER = Pattern.compile(NUMBER_PATTERN);

    /** One seen value: {@code element} is true for a member of a list. {@code num} and {@code at} may be null. */
    record Seen(String text, Double num, Long at, boolean element) {}

    private FactValues() {}

    static List<Seen> of(Object raw) {
        List<Seen> out = new ArrayList<>(1);
        if (raw instanceof Collection<?> list) {
            for (Object e : list) {
                scalar(e, true).ifPresent(out::add);
            }
        } else {
            scalar(raw, false).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Seen> scalar(Object v, boolean element) {
        return switch (v) {
            case String s -> Optional.of(new Seen(s, number(s), date(s).orElse(null), element));
            case Boolean b -> Optional.of(new Seen(b.toString(), null, null, element));
            case Number n -> {
                double d = n.doubleValue();
                yield Double.isFinite(d) ? Optional.of(new Seen(text(n), d, null, element)) : Optional.empty();
            }
            case null, default -> Optional.empty();
        };
    }

    private static String text(Number n) {
        try {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return n.toString();
        }
    }

    /** The numeric view of a string, or null. */
    static Double number(String s) {
        return NUMBER.matcher(s).matches() ? Double.parseDouble(s) : null;
    }

    /** The numeric view of an event property value: numbers and numeric strings; else 0. */
    static double propertyNumber(Map<String, Object> properties, String name) {
        Object v = properties.get(name);
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : 0;
        }
        if (v instanceof String s) {
            Double d = number(s);
            return d == null ? 0 : d;
        }
        return 0;
    }

    /** An ISO instant or a {@code yyyy-MM-dd} date (UTC midnight) in epoch microseconds. */
    static Optional<Long> date(String s) {
        if (s.length() < 10 || s.length() > 35 || !Character.isDigit(s.charAt(0))) {
            return Optional.empty();
        }
        try {
            if (s.length() == 10) {
                return Optional.of(Times.micros(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            return Optional.of(Times.micros(Instant.parse(s)));
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
