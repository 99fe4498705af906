package io.marketpilot.automation.channel;

import io.marketpilot.automation.guard.GuardResult;
import io.marketpilot.automation.guard.SendAttempt;
import io.marketpilot.automation.guard.SendGuards;
import io.marketpilot.core.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends through the outbox: decide → {@link #enqueue record} → {@link #runDue send} → mark. Every state change is
 * written to the {@link OutboxStore} before the next step, so after a crash anywhere the due messages are simply
 * tried again: none is skipped, none is decided twice (the key), and a message that was sent but not yet marked is
 * re-sent with the same idempotency key, which the channel passes on for the receiver to drop. Guards run once
 * per message, before its first attempt; a delay moves the message's due time, a block drops it for good.
 */
public final class Dispatcher {
    private final OutboxStore outbox;
    private final Function<ChannelName, Optional<Channel>> channels;
    private final SendGuards guards;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Consumer<List<Event>> events;

    public Dispatcher(OutboxStore outbox, Function<ChannelName, Optional<Channel>> channels, SendGuards guards,
                      RetryPolicy retry, Clock clock, Consumer<List<Event>> events) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.channels = Objects.requireNonNull(channels, "channels");
        this.guards = Objects.requireNonNull(guards, "guards");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Records a decided message (durably); false if its key was recorded before. */
    public boolean enqueue(Message message) {
        return outbox.record(message, clock.instant());
    }

    /** What one {@link #runDue} pass did. */
    public record Pass(int sent, int held, int delayed, int blocked, int retrying, int dead) {
        public int total() {
            return sent + held + delayed + blocked + retrying + dead;
        }
    }

    /** Tries every message due now (at most {@code limit}). */
    public synchronized Pass runDue(int limit) {
        Instant now = clock.instant();
        int[] counts = new int[6];
        List<Event> happened = new ArrayList<>();
        for (OutboxEntry e : outbox.due(now, limit)) {
            counts[attempt(e, now, happened).ordinal()]++;
        }
        if (!happened.isEmpty()) {
            events.accept(happened);
        }
        return new Pass(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    private enum Step { SENT, HELD, DELAYED, BLOCKED, RETRYING, DEAD }

    private Step attempt(OutboxEntry e, Instant now, List<Event> happened) {
        Message m = e.message();
        Optional<Channel> channel = channels.apply(m.channel());
        if (channel.isEmpty()) {
            outbox.update(with(e, OutboxEntry.Status.DEAD, e.attempts(), e.admitted(), null, now,
                    "no channel named " + m.channel() + " is configured"));
            return Step.DEAD;
        }
        if (!e.admitted()) {
            GuardResult verdict = guards.admit(new SendAttempt(m.customer(), m.channel(), channel.get().topic(),
                    m.purpose()), now);
            switch (verdict) {
                case GuardResult.Blocked b -> {
                    outbox.update(with(e, OutboxEntry.Status.BLOCKED, e.attempts(), false, null, now, b.reason()));
                    return Step.BLOCKED;
                }
                case GuardResult.Delayed d -> {
                    outbox.update(with(e, OutboxEntry.Status.PENDING, e.attempts(), false, d.until(), null, d.reason()));
                    return Step.DELAYED;
                }
                case GuardResult.Allowed a -> {
                    e = with(e, OutboxEntry.Status.PENDING, e.attempts(), true, e.due(), null, null);
                    outbox.update(e); // admitted is durable before the send, so a retry never asks the guards again
                }
            }
        }
        SendResult result;
        try {
            result = channel.get().send(m);
        } catch (RuntimeException failure) {
            result = new SendResult.Failed(failure.getClass().getSimpleName() + ": " + failure.getMessage(), true);
        }
        return switch (result) {
            case SendResult.Sent s -> {
                outbox.update(with(e, OutboxEntry.Status.SENT, e.attempts() + 1, true, null, now, s.reference()));
                happened.add(MessageEvents.sent(m, now, s.reference()));
                yield Step.SENT;
            }
            case SendResult.Held h -> {
                outbox.update(with(e, OutboxEntry.Status.HELD, e.attempts() + 1, true, null, now, "awaiting poll"));
                yield Step.HELD;
            }
            case SendResult.Failed f -> {
                int failures = e.attempts() + 1;
                Instant next = f.retryable() ? retry.next(failures, now) : null;
                if (next == null) {
                    outbox.update(with(e, OutboxEntry.Status.DEAD, failures, true, null, now, f.reason()));
                    yield Step.DEAD;
                }
                outbox.update(with(e, OutboxEntry.Status.PENDING, failures, true, next, null, f.reason()));
                yield Step.RETRYING;
            }
        };
    }

    /** Messages of an outbox channel waiting to be fetched, oldest first. */
    public List<OutboxEntry> held(ChannelName channel, int limit) {
        return outbox.list(channel, OutboxEntry.Status.HELD, limit);
    }

    /** The external system confirms it took a held message; false if it was not held (unknown, or acked before). */
    public synchronized boolean acknowledge(ChannelName channel, String key) {
        Optional<OutboxEntry> e = outbox.get(key);
        if (e.isEmpty() || !e.get().message().channel().equals(channel) || e.get().status() != OutboxEntry.Status.HELD) {
            return false;
        }
        Instant now = clock.instant();
        outbox.update(with(e.get(), OutboxEntry.Status.ACKED, e.get().attempts(), true, null, now, "acknowledged"));
        events.accept(List.of(MessageEvents.sent(e.get().message(), now, "polled"),
                MessageEvents.delivered(e.get().message(), now)));
        return true;
    }

    /** Puts a dead-lettered message back in the queue with a fresh attempt count (after fixing the receiver). */
    public synchronized boolean requeue(String key) {
        Optional<OutboxEntry> e = outbox.get(key);
        if (e.isEmpty() || e.get().status() != OutboxEntry.Status.DEAD) {
            return false;
        }
        outbox.update(with(e.get(), OutboxEntry.Status.PENDING, 0, e.get().admitted(), clock.instant(), null,
                "requeued after: " + e.get().detail()));
        return true;
    }

    public Optional<OutboxEntry> entry(String key) {
        return outbox.get(key);
    }

    public List<OutboxEntry> list(ChannelName channel, OutboxEntry.Status status, int limit) {
        return outbox.list(channel, status, limit);
    }

    private static OutboxEntry with(OutboxEntry e, OutboxEntry.Status status, int attempts, boolean admitted,
                                    Instant due, Instant doneAt, String detail) {
        return new OutboxEntry(e.message(), status, attempts, admitted, e.createdAt(), due, doneAt, detail);
    }
}
