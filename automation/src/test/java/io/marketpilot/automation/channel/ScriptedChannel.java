package io.marketpilot.automation.channel;

import io.marketpilot.automation.guard.ConsentTopic;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A channel whose receiver is in the test: it answers with scripted results (then success), records every
 * delivery by idempotency key, and can simulate the process dying right after a delivery.
 */
final class ScriptedChannel implements Channel {
    /** Thrown to stand for the process dying: an Error, so nothing in the dispatcher handles it. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    private final ChannelName name;
    private final Deque<SendResult> script = new ArrayDeque<>();
    final List<String> deliveries = new CopyOnWriteArrayList<>();
    volatile boolean crashAfterDelivery;

    ScriptedChannel(String name) {
        this.name = ChannelName.of(name);
    }

    ScriptedChannel then(SendResult... results) {
        script.addAll(List.of(results));
        return this;
    }

    /** What a receiver that drops repeated idempotency keys ends up with. */
    Set<String> distinctDeliveries() {
        return new LinkedHashSet<>(deliveries);
    }

    @Override
    public ChannelName name() {
        return name;
    }

    @Override
    public String type() {
        return "webhook";
    }

    @Override
    public ConsentTopic topic() {
        return ConsentTopic.EMAIL;
    }

    @Override
    public synchronized SendResult send(Message message) {
        SendResult r = script.isEmpty() ? new SendResult.Sent("ok") : script.poll();
        if (r instanceof SendResult.Sent) {
            deliveries.add(message.key());
            if (crashAfterDelivery) {
                throw new Crash();
            }
        }
        return r;
    }
}
