package io.marketpilot.engine.profile;

import io.marketpilot.core.customer.Consent;
import io.marketpilot.features.consent.ConsentState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's profile as the API shows it: identity (key and merged anonymous keys), behaviour (first/last seen,
 * counts and sums by event type, sessions, orders, recent items and categories), traits (the customer record's,
 * overlaid by traits stated in identify events), computed attributes, segment memberships, and consent (per purpose
 * and channel, plus the old four-flag view). {@code fittedAt} says how fresh the shop-wide statistics are.
 */
public record CustomerProfile(String key, List<String> mergedAnonymousIds, Instant firstSeen, Instant lastSeen,
                              Map<String, Integer> eventCounts, Map<String, Double> eventSums, int sessions, int orders,
                              List<String> recentItems, List<String> recentCategories, Map<String, Object> traits,
                              Map<String, Object> attributes, List<String> segments, List<ConsentState> consent,
                              Consent consentFlags, Instant fittedAt) {

    /** The JSON form the API and {@code bin/marketpilot profile} print (snake_case keys, ISO-8601 times). */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user_id", key);
        out.put("merged_anonymous_ids", mergedAnonymousIds.stream()
                .map(k -> k.substring(io.marketpilot.core.id.UserId.ANONYMOUS_PREFIX.length())).toList());
        out.put("first_seen", firstSeen == null ? null : firstSeen.toString());
        out.put("last_seen", lastSeen == null ? null : lastSeen.toString());
        out.put("event_counts", eventCounts);
        out.put("event_sums", eventSums);
        out.put("sessions", sessions);
        out.put("orders", orders);
        out.put("recent_items", recentItems);
        out.put("recent_categories", recentCategories);
        out.put("traits", traits);
        out.put("attributes", attributes);
        out.put("segments", segments);
        List<Map<String, Object>> states = new ArrayList<>();
        for (ConsentState c : consent) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("purpose", c.scope().purpose());
            s.put("channel", c.scope().channel());
            s.put("status", c.status().wireName());
            s.put("stated_at", c.statedAt().toString());
            s.put("granted_at", c.grantedAt() == null ? null : c.grantedAt().toString());
            s.put("revoked_at", c.revokedAt() == null ? null : c.revokedAt().toString());
            states.add(s);
        }
        Map<String, Object> consentJson = new LinkedHashMap<>();
        consentJson.put("email", consentFlags.email());
        consentJson.put("sms", consentFlags.sms());
        consentJson.put("push", consentFlags.push());
        consentJson.put("personalization", consentFlags.personalization());
        consentJson.put("statements", states);
        out.put("consent", consentJson);
        out.put("attributes_fitted_at", fittedAt == null ? null : fittedAt.toString());
        return out;
    }
}
