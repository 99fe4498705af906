package io.marketpilot.data.demo;

/**
 * Names items in both languages, e.g. "Aurora Wireless Earbuds Pro 2" and "极光 无线蓝牙耳机 Pro 2",
 * with a one-sentence English description that uses the same adjective.
 */
final class ItemTitles {

    record Naming(Term title, String description) {
    }

    static Naming name(Department d, Term noun, int brand, Dice dice) {
        Term brandName = d.brands().get(brand);
        StringBuilder en = new StringBuilder(brandName.en());
        StringBuilder zh = new StringBuilder(brandName.zh()).append(' ');
        Term adjective = dice.chance(0.75) ? dice.pick(d.adjectives()) : null;
        if (adjective != null && repeats(adjective, noun)) {
            adjective = null;
        }
        if (adjective != null) {
            en.append(' ').append(adjective.en());
            zh.append(adjective.zh());
        }
        en.append(' ').append(noun.en());
        zh.append(noun.zh());
        if (!d.suffixes().isEmpty() && dice.chance(0.6)) {
            Term suffix = dice.pick(d.suffixes());
            en.append(' ').append(suffix.en());
            zh.append(' ').append(suffix.zh());
        }
        if (d.versioned() && dice.chance(0.6)) {
            int generation = dice.between(2, 6);
            en.append(' ').append(generation);
            zh.append(' ').append(generation);
        }
        String what = adjective == null ? noun.en() : adjective.en() + " " + noun.enMidSentence();
        String description = what + " from " + brandName.en() + ", chosen by shoppers for "
                + dice.pick(Words.FEATURES) + ".";
        return new Naming(new Term(en.toString(), zh.toString()), description);
    }

    /** "Wireless Wireless Earbuds" and "无线无线蓝牙耳机" read badly. */
    private static boolean repeats(Term adjective, Term noun) {
        return noun.en().contains(adjective.en()) || noun.zh().contains(adjective.zh());
    }

    private ItemTitles() {
    }
}
