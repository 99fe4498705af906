/**
 * Segment discovery: seeded k-means++ on standardised RFM and category-affinity features of the shop's buyers
 * ({@link io.marketpilot.features.cluster.SegmentDiscovery}), each cluster described by the features that set it apart
 * (z-scores against the population) and by the attribute ranges that define it.
 */
package io.marketpilot.features.cluster;
