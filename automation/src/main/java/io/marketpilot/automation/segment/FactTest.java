package io.marketpilot.automation.segment;

import java.util.List;

/** The meaning of a fact comparison over the seen values of a trait or attribute (docs/segments.md). */
final class FactTest {
    private FactTest() {}

    static boolean test(FactOp op, Operand operand, List<FactValues.Seen> seen, long now) {
        FactValues.Seen scalar = seen.stream().filter(s -> !s.element()).findFirst().orElse(null);
        return switch (op) {
            case EXISTS -> !seen.isEmpty();
            case EQ -> scalar != null && equal(scalar, operand);
            case NE -> scalar != null && !equal(scalar, operand);
            case IN -> scalar != null && ((Operand.Values) operand).values().stream().anyMatch(v -> equal(scalar, v));
            case CONTAINS -> {
                String needle = ((Operand.Text) operand).value();
                yield seen.stream().anyMatch(s -> s.element() ? s.text().equals(needle) : s.text().contains(needle));
            }
            case LT, LE, GT, GE -> scalar != null && ordered(op, scalar, operand, now);
            case BETWEEN -> {
                Operand.Range r = (Operand.Range) operand;
                yield scalar != null && ordered(FactOp.GE, scalar, r.low(), now) && ordered(FactOp.LE, scalar, r.high(), now);
            }
        };
    }

    static boolean equal(FactValues.Seen s, Operand o) {
        return switch (o) {
            case Operand.Text t -> s.text().equals(t.value());
            case Operand.Flag f -> s.text().equals(f.text());
            case Operand.Number n -> s.num() != null && s.num() == n.value();
            default -> false;
        };
    }

    private static boolean ordered(FactOp op, FactValues.Seen s, Operand o, long now) {
        if (o instanceof Operand.Number n) {
            if (s.num() == null) {
                return false;
            }
            double a = s.num();
            return compare(op, a < n.value() ? -1 : a > n.value() ? 1 : 0);
        }
        Operand.When w = (Operand.When) o;
        return s.at() != null && compare(op, Long.compare(s.at(), w.micros(now)));
    }

    private static boolean compare(FactOp op, int c) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new IllegalArgumentException(op.symbol());
        };
    }
}
