package io.marketpilot.nlp.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds entities in normalised text: catalogue brands, products and categories first, then HanLP's HMM person
 * (nr), place (ns) and organisation (nt) recognisers for the rest. Thread-safe; never throws on content (a HanLP
 * failure leaves only the catalogue entities).
 */
public final class EntityRecognizer {
    private volatile CatalogueDictionary catalogue;

    public EntityRecognizer(CatalogueDictionary catalogue) {
        this.catalogue = catalogue;
    }

    /** Swaps in a dictionary built from the current catalogue. */
    public void catalogueChanged(CatalogueDictionary dictionary) {
        this.catalogue = dictionary;
    }

    public CatalogueDictionary catalogue() {
        return catalogue;
    }

    public List<Entity> recognize(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Entity> out = new ArrayList<>(catalogue.find(text));
        for (Entity e : named(text)) {
            if (out.stream().noneMatch(e::overlaps)) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingInt(Entity::start).thenComparing(Entity::type));
        return out;
    }

    private static List<Entity> named(String text) {
        List<Entity> out = new ArrayList<>();
        try {
            Segment segment = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                    .enableOrganizationRecognize(true).enableOffset(true).enableCustomDictionary(false);
            for (Term t : segment.seg(text)) {
                String nature = t.nature == null ? "" : t.nature.toString();
                EntityType type = nature.startsWith("nr") ? EntityType.PERSON : nature.startsWith("ns")
                        ? EntityType.PLACE : nature.startsWith("nt") ? EntityType.ORGANIZATION : null;
                if (type != null && t.word.codePointCount(0, t.word.length()) >= 2 && t.offset >= 0
                        && t.offset + t.word.length() <= text.length()) {
                    out.add(new Entity(t.word, type, t.offset, t.offset + t.word.length(), t.word, List.of()));
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
        return out;
    }
}
