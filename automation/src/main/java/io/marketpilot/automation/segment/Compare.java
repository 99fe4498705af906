package io.marketpilot.automation.segment;

import java.util.Arrays;
import java.util.Optional;

/** A numeric comparison of an event measure with a constant. */
public enum Compare {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Compare(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The SQL operator. */
    String sql() {
        return this == NE ? "<>" : symbol;
    }

    boolean test(double left, double right) {
        return switch (this) {
            case EQ -> left == right;
            case NE -> left != right;
            case LT -> left < right;
            case LE -> left <= right;
            case GT -> left > right;
            case GE -> left >= right;
        };
    }

    boolean test(long left, long right) {
        int c = Long.compare(left, right);
        return switch (this) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    static Optional<Compare> of(String symbol) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol)).findFirst();
    }

    static final String ACCEPTED = "=, !=, <, <=, >, >=";
}
