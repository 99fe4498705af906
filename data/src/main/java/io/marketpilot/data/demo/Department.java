package io.marketpilot.data.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A top-level category with its vocabulary: brands, adjectives and title suffixes shared by its
 * sub-categories, plus one department-specific attribute ({@code spec}).
 *
 * @param share      the department's share of global demand (and of the catalogue)
 * @param versioned  titles may carry a generation number ("Pro 2")
 * @param colored    items carry a colour attribute
 */
record Department(Term name, double share, List<Term> brands, List<Term> adjectives,
                  List<Term> suffixes, boolean versioned, boolean colored, String specName,
                  List<String> specValues, List<Sub> subs) {

    /**
     * A second-level category. Sub-categories with four or more nouns get a third level
     * (the noun itself) in an item's category path.
     */
    record Sub(Term name, double medianPrice, double sigma, List<Term> nouns) {
        boolean deep() {
            return nouns.size() >= 4;
        }
    }

    static Builder named(String pair, double share) {
        return new Builder(Term.of(pair), share);
    }

    /** Reads like the table it builds; see {@link Departments}. */
    static final class Builder {
        private final Term name;
        private final double share;
        private List<Term> brands = List.of();
        private List<Term> adjectives = List.of();
        private List<Term> suffixes = List.of();
        private boolean versioned;
        private boolean colored;
        private String specName = "";
        private List<String> specValues = List.of();
        private final List<Sub> subs = new ArrayList<>();

        private Builder(Term name, double share) {
            this.name = name;
            this.share = share;
        }

        Builder brands(String... pairs) {
            brands = Term.all(pairs);
            return this;
        }

        Builder adjectives(String... pairs) {
            adjectives = Term.all(pairs);
            return this;
        }

        Builder suffixes(String... pairs) {
            suffixes = Term.all(pairs);
            return this;
        }

        Builder versioned() {
            versioned = true;
            return this;
        }

        Builder colored() {
            colored = true;
            return this;
        }

        Builder spec(String attribute, String... values) {
            specName = attribute;
            specValues = List.of(values);
            return this;
        }

        Builder sub(String pair, double medianPrice, double sigma, String... nouns) {
            subs.add(new Sub(Term.of(pair), medianPrice, sigma, Term.all(nouns)));
            return this;
        }

        Department build() {
            return new Department(name, share, brands, adjectives, suffixes, versioned, colored,
                    specName, specValues, List.copyOf(subs));
        }
    }
}
