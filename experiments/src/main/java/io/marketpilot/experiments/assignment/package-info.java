/**
 * Deterministic assignment of units (customers, anonymous visitors) to variants: {@link
 * io.marketpilot.experiments.assignment.Assigner} hashes (salt, unit) to positions in [0, 1) and applies, in order,
 * the global holdout, targeting, the experiment's range of its layer (experiments in one layer never share a unit),
 * traffic allocation, sticky pins and the variant weights. No state but the optional {@link StickyAssignments}.
 */
package io.marketpilot.experiments.assignment;
