package io.marketpilot.nlp.entity;

import java.util.Locale;

/** Kinds of entity: three from the shop's catalogue, three from HanLP's recognisers. */
public enum EntityType {
    BRAND, PRODUCT, CATEGORY, PERSON, PLACE, ORGANIZATION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
