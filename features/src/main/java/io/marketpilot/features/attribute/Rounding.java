package io.marketpilot.features.attribute;

/** Attribute values are reported with a sensible number of decimals. */
final class Rounding {
    private Rounding() {}

    static double round(double v, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }
}
