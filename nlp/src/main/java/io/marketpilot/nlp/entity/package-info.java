/**
 * Named entities in shop text: the shop's own brands, products and categories (a {@link
 * io.marketpilot.nlp.entity.CatalogueDictionary} built from its items, longest match wins) plus HanLP's person, place
 * and organisation recognition. {@link io.marketpilot.nlp.entity.EntityRecognizer} is the entry; catalogue matches
 * take precedence over overlapping HanLP ones.
 */
package io.marketpilot.nlp.entity;
