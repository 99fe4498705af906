package io.marketpilot.core.customer;

/**
 * What a customer agreed to. Channels default to no consent (opt-in); personalisation defaults to
 * allowed because recommendations on one's own shop behaviour are the service itself (a shop can
 * change that per customer).
 */
public record Consent(boolean email, boolean sms, boolean push, boolean personalization) {
    public static final Consent DEFAULT = new Consent(false, false, false, true);
}
