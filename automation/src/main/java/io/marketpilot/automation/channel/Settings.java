package io.marketpilot.automation.channel;

import io.marketpilot.automation.guard.ConsentTopic;
import io.marketpilot.core.validation.FieldError;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one channel's settings object, collecting every problem with its path ({@code settings.url}) and
 * refusing keys the channel does not know, so a typo is an error rather than a silently ignored default.
 */
final class Settings {
    private final Map<String, ?> raw;
    private final List<FieldError> errors = new ArrayList<>();

    Settings(Map<String, ?> raw, Set<String> known) {
        this.raw = raw == null ? Map.of() : raw;
        for (String k : this.raw.keySet()) {
            if (!known.contains(k)) {
                errors.add(new FieldError("settings." + k, "one of " + String.join(", ", known.stream().sorted().toList()),
                        "an unknown setting"));
            }
        }
    }

    String text(String key, String fallback, int minLength) {
        Object v = raw.get(key);
        if (v == null && fallback != null) {
            return fallback;
        }
        if (v instanceof String s && s.length() >= minLength) {
            return s;
        }
        errors.add(new FieldError("settings." + key, minLength > 1 ? "a string of at least " + minLength + " characters"
                : "a string", FieldError.describe(v)));
        return null;
    }

    int integer(String key, int fallback, int min, int max) {
        Object v = raw.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n && n.doubleValue() == n.longValue() && n.longValue() >= min && n.longValue() <= max) {
            return n.intValue();
        }
        errors.add(new FieldError("settings." + key, "a whole number " + min + "-" + max, FieldError.describe(v)));
        return fallback;
    }

    boolean flag(String key, boolean fallback) {
        Object v = raw.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        errors.add(new FieldError("settings." + key, "true or false", FieldError.describe(v)));
        return fallback;
    }

    URI httpUrl(String key) {
        String s = text(key, null, 1);
        if (s == null) {
            return null;
        }
        try {
            URI u = URI.create(s);
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
                return u;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new FieldError("settings." + key, "an http(s) URL", FieldError.describe(s)));
        return null;
    }

    ConsentTopic topic(String key, ConsentTopic fallback) {
        Object v = raw.get(key);
        if (v == null) {
            return fallback;
        }
        for (ConsentTopic t : ConsentTopic.values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(v)) {
                return t;
            }
        }
        errors.add(new FieldError("settings." + key, "email, sms or push", FieldError.describe(v)));
        return fallback;
    }

    void problem(String key, String expected, Object found) {
        errors.add(new FieldError("settings." + key, expected, FieldError.describe(found)));
    }

    /** Throws with every problem found so far, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidChannelException(errors);
        }
    }
}
