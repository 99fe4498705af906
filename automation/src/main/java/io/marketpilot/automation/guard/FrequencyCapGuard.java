package io.marketpilot.automation.guard;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.core.id.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Blocks a marketing send that would exceed any {@link FrequencyCap}; transactional sends are exempt and not
 * counted. Remembers, per customer, the marketing sends within the longest window (in memory; the outbox
 * is the durable record to rebuild it from). Not thread-safe on its own: {@link SendGuards} serialises.
 */
public final class FrequencyCapGuard implements SendGuard {
    private record Sent(Instant at, ChannelName channel) { }

    private final List<FrequencyCap> caps;
    private final Duration horizon;
    private final Map<UserId, Deque<Sent>> history = new ConcurrentHashMap<>();

    public FrequencyCapGuard(List<FrequencyCap> caps) {
        this.caps = List.copyOf(caps);
        this.horizon = this.caps.stream().map(c -> c.window().length()).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    @Override
    public String name() {
        return "frequency";
    }

    @Override
    public GuardResult check(SendAttempt a, Instant now) {
        if (!a.marketing() || caps.isEmpty()) {
            return GuardResult.ALLOWED;
        }
        Deque<Sent> sent = history.get(a.customer());
        for (FrequencyCap cap : caps) {
            if (!cap.covers(a.channel())) {
                continue;
            }
            Instant from = now.minus(cap.window().length());
            int count = 0;
            if (sent != null) {
                for (var it = sent.descendingIterator(); it.hasNext(); ) {
                    Sent s = it.next();
                    if (!s.at().isAfter(from)) {
                        break;
                    }
                    if (cap.covers(s.channel())) {
                        count++;
                    }
                }
            }
            if (count >= cap.max()) {
                return new GuardResult.Blocked("frequency cap " + cap.describe() + " reached (" + count + " sent)");
            }
        }
        return GuardResult.ALLOWED;
    }

    @Override
    public void record(SendAttempt a, Instant now) {
        if (!a.marketing() || caps.isEmpty()) {
            return;
        }
        Deque<Sent> sent = history.computeIfAbsent(a.customer(), k -> new ArrayDeque<>(4));
        Instant keepFrom = now.minus(horizon);
        while (!sent.isEmpty() && !sent.peekFirst().at().isAfter(keepFrom)) {
            sent.removeFirst();
        }
        sent.addLast(new Sent(now, a.channel()));
    }
}
