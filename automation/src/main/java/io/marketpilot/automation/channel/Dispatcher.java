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

    /** Records many decided messages in one durable write; returns how many keys were new. */
    public int enqueueAll(List<Message> messages) {
        return outbox.recordAll(messages, clock.instant());
    }

    /** What one {@link #runDue} pass did. */
    public record Pass(int sent, int held, int delayed, int blocked, int retrying, int dead) {
        public int total() {
            return sent + held + delayed + blocked + retrying + dead;
        }
    }

    /**
     * Tries every message due now (at most {@code limit}). The guards' verdicts of the whole pass are written in
     * one durable write before any send; each delivery is marked right after it (a crash re-sends at most that
     * one, with its key), while messages only held for polling are marked together at the end of the pass (holding
     * one again is harmless). So a pass to the outbox channel costs two commits, not two per message.
     */
    public synchronized Pass runDue(int limit) {
        Instant now = clock.instant();
        int[] counts = new int[6];
        List<Event> happened = new ArrayList<>();
        List<OutboxEntry> verdicts = new ArrayList<>();
        List<OutboxEntry> admitted = new ArrayList<>();
        List<Channel> admittedChannels = new ArrayList<>();
        for (OutboxEntry e : outbox.due(now, limit)) {
            Message m = e.message();
            Optional<Channel> channel = channels.apply(m.channel());
            if (channel.isEmpty()) {
                verdicts.add(with(e, OutboxEntry.Status.DEAD, e.attempts(), e.admitted(), null, now,
                        "no channel named " + m.channel() + " is configured"));
                counts[Step.DEAD.ordinal()]++;
                continue;
            }
            if (!e.admitted()) {
                GuardResult verdict = guards.admit(new SendAttempt(m.customer(), m.channel(), channel.get().topic(),
                        m.purpose()), now);
                switch (verdict) {
                    case GuardResult.Blocked b -> {
                        verdicts.add(with(e, OutboxEntry.Status.BLOCKED, e.attempts(), false, null, now, b.reason()));
                        counts[Step.BLOCKED.ordinal()]++;
                        continue;
                    }
                    case GuardResult.Delayed d -> {
                        verdicts.add(with(e, OutboxEntry.Status.PENDING, e.attempts(), false, d.until(), null,
                                d.reason()));
                        counts[Step.DELAYED.ordinal()]++;
                        continue;
                    }
                    case GuardResult.Allowed a -> {
                        e = with(e, OutboxEntry.Status.PENDING, e.attempts(), true, e.due(), null, null);
                        verdicts.add(e); // admitted is durable before the send: a retry never asks the guards again
                    }
                }
            }
            admitted.add(e);
            admittedChannels.add(channel.get());
        }
        outbox.updateAll(verdicts);
        List<OutboxEntry> held = new ArrayList<>();
        for (int i = 0; i < admitted.size(); i++) {
            List<OutboxEntry> outcome = new ArrayList<>(1);
            Step step = attempt(admitted.get(i), admittedChannels.get(i), now, happened, outcome);
            counts[step.ordinal()]++;
            if (step == Step.HELD) {
                held.addAll(outcome); // holding again after a crash only marks it again: these can wait for the pass
            } else {
                outbox.updateAll(outcome); // a delivery is marked at once, so a crash re-sends at most the one
            }
        }
        outbox.updateAll(held);
        if (!happened.isEmpty()) {
            events.accept(happened);
        }
        return new Pass(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    private enum Step { SENT, HELD, DELAYED, BLOCKED, RETRYING, DEAD }

    private Step attempt(OutboxEntry e, Channel channel, Instant now, List<Event> happened, List<OutboxEntry> out) {
        Message m = e.message();
        SendResult result;
        try {
            result = channel.send(m);
        } catch (RuntimeException failure) {
            result = new SendResult.Failed(failure.getClass().getSimpleName() + ": " + failure.getMessage(), true);
        }
        return switch (result) {
            case SendResult.Sent s -> {
                out.add(with(e, OutboxEntry.Status.SENT, e.attempts() + 1, true, null, now, s.reference()));
                happened.add(MessageEvents.sent(m, now, s.reference()));
                yield Step.SENT;
            }
            case SendResult.Held h -> {
                out.add(with(e, OutboxEntry.Status.HELD, e.attempts() + 1, true, null, now, "awaiting poll"));
                yield Step.HELD;
            }
            case SendResult.Failed f -> {
                int failures = e.attempts() + 1;
                Instant next = f.retryable() ? retry.next(failures, now) : null;
                if (next == null) {
                    out.add(with(e, OutboxEntry.Status.DEAD, failures, true, null, now, f.reason()));
                    yield Step.DEAD;
                }
                out.add(with(e, OutboxEntry.Status.PENDING, failures, true, next, null, f.reason()));
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
