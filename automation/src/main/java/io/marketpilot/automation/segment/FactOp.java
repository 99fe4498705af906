package io.marketpilot.automation.segment;

import java.util.Arrays;
import java.util.Optional;

/** The comparisons a fact condition may use, by their JSON spelling. */
public enum FactOp {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IN("in"), CONTAINS("contains"), EXISTS("exists"),
    BETWEEN("between");

    private final String symbol;

    FactOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    static Optional<FactOp> of(String symbol) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol)).findFirst();
    }

    static final String ACCEPTED = "=, !=, <, <=, >, >=, in, contains, exists, between";
}
