package io.marketpilot.recommend.model;

import java.util.Map;

/** Hyper-parameters of one algorithm as a typed record; {@link #params()} names them for reports and provenance. */
public interface AlgorithmConfig {
    /** Parameter name → value (numbers, strings, booleans), in a stable order. */
    Map<String, Object> params();
}
