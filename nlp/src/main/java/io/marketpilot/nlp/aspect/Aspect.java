package io.marketpilot.nlp.aspect;

import java.util.Locale;

/** The e-commerce aspects a review clause can be about. */
public enum Aspect {
    LOGISTICS("物流"), QUALITY("质量"), PRICE("价格"), SERVICE("服务"), PACKAGING("包装"), SIZE_FIT("尺码"),
    APPEARANCE("外观"), FUNCTION("功能"), TASTE("口味");

    private final String chinese;

    Aspect(String chinese) {
        this.chinese = chinese;
    }

    /** The API name: {@code logistics}, {@code size-fit}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String chinese() {
        return chinese;
    }

    /** By API name or Chinese label; fails with the accepted names. */
    public static Aspect parse(String s) {
        for (Aspect a : values()) {
            if (a.code().equalsIgnoreCase(s) || a.chinese.equals(s)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown aspect '" + s + "'; expected one of logistics, quality, price, "
            + "service, packaging, size-fit, appearance, function, taste");
    }
}
