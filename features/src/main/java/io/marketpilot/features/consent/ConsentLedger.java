package io.marketpilot.features.consent;

import io.marketpilot.core.customer.Consent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A customer's consent per purpose and channel; immutable. Absent scopes are undecided: {@link #allows} then falls back
 * to the purpose's {@value ConsentScope#ANY_CHANNEL} statement, and then to the caller's default (opt-in channels pass
 * {@code false}). Most profiles have no statements and share {@link #EMPTY}.
 */
public final class ConsentLedger {
    public static final ConsentLedger EMPTY = new ConsentLedger(new ConsentState[0]);
    private final ConsentState[] states; // sorted by scope

    private ConsentLedger(ConsentState[] states) {
        this.states = states;
    }

    /** The ledger after one statement (an older statement than the current one changes nothing). */
    public ConsentLedger with(ConsentScope scope, ConsentStatus status, Instant at) {
        return combine(new ConsentLedger(new ConsentState[] {ConsentState.of(scope, status, at)}));
    }

    /** Merges two ledgers scope by scope; commutative, associative and idempotent. */
    public ConsentLedger combine(ConsentLedger other) {
        if (other.states.length == 0) {
            return this;
        }
        if (states.length == 0) {
            return other;
        }
        List<ConsentState> out = new ArrayList<>(states.length + other.states.length);
        int i = 0;
        int j = 0;
        while (i < states.length || j < other.states.length) {
            int c = i == states.length ? 1 : j == other.states.length ? -1 : states[i].scope().compareTo(other.states[j].scope());
            if (c < 0) {
                out.add(states[i++]);
            } else if (c > 0) {
                out.add(other.states[j++]);
            } else {
                out.add(states[i++].combine(other.states[j++]));
            }
        }
        return new ConsentLedger(out.toArray(ConsentState[]::new));
    }

    public Optional<ConsentState> state(ConsentScope scope) {
        return Arrays.stream(states).filter(s -> s.scope().equals(scope)).findFirst();
    }

    /** Whether the purpose may use the channel: the channel's statement, else the purpose's wildcard, else the default. */
    public boolean allows(String purpose, String channel, boolean undecided) {
        Optional<ConsentState> s = state(new ConsentScope(purpose, channel))
                .or(() -> state(new ConsentScope(purpose, ConsentScope.ANY_CHANNEL)));
        return s.map(st -> st.status() == ConsentStatus.GRANTED).orElse(undecided);
    }

    public List<ConsentState> states() {
        return List.of(states);
    }

    /** The old four-flag view (marketing per channel, personalisation on any channel), for the customers API. */
    public Consent toLegacy(Consent undecided) {
        return new Consent(allows("marketing", "email", undecided.email()), allows("marketing", "sms", undecided.sms()),
                allows("marketing", "push", undecided.push()),
                allows("personalization", ConsentScope.ANY_CHANNEL, undecided.personalization()));
    }

    /** A ledger stating the old four flags at {@code at} (a customer record's consent). */
    public static ConsentLedger fromLegacy(Consent c, Instant at) {
        return EMPTY.with(new ConsentScope("marketing", "email"), status(c.email()), at)
                .with(new ConsentScope("marketing", "sms"), status(c.sms()), at)
                .with(new ConsentScope("marketing", "push"), status(c.push()), at)
                .with(new ConsentScope("personalization", ConsentScope.ANY_CHANNEL), status(c.personalization()), at);
    }

    private static ConsentStatus status(boolean granted) {
        return granted ? ConsentStatus.GRANTED : ConsentStatus.DENIED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsentLedger l && Arrays.equals(states, l.states);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(states);
    }

    @Override
    public String toString() {
        return Arrays.toString(states);
    }
}
