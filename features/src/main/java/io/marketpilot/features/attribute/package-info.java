/**
 * Computed attributes: one file per attribute, each declared by an {@link io.marketpilot.features.attribute.AttributeDefinition}
 * and registered once in {@link io.marketpilot.features.attribute.Attributes}. Values are evaluated from a profile and the
 * shop-wide {@link io.marketpilot.features.attribute.ShopFit} (quintiles, BG/NBD, Gamma-Gamma) that a periodic refit builds.
 */
package io.marketpilot.features.attribute;
