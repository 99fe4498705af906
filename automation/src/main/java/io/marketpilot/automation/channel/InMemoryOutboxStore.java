package io.marketpilot.automation.channel;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link OutboxStore} in memory: for tests and previews (it does not survive a restart). */
public final class InMemoryOutboxStore implements OutboxStore {
    private final Map<String, OutboxEntry> entries = new LinkedHashMap<>();

    @Override
    public synchronized boolean record(Message message, Instant now) {
        return entries.putIfAbsent(message.key(), new OutboxEntry(message, OutboxEntry.Status.PENDING, 0, false, now,
                now, null, null)) == null;
    }

    @Override
    public synchronized Optional<OutboxEntry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized List<OutboxEntry> due(Instant now, int limit) {
        return entries.values().stream()
                .filter(e -> e.status() == OutboxEntry.Status.PENDING && !e.due().isAfter(now))
                .sorted(Comparator.comparing(OutboxEntry::due)).limit(limit).toList();
    }

    @Override
    public synchronized void update(OutboxEntry entry) {
        if (!entries.containsKey(entry.key())) {
            throw new IllegalArgumentException("no outbox entry " + entry.key());
        }
        entries.put(entry.key(), entry);
    }

    @Override
    public synchronized List<OutboxEntry> admittedSince(Instant since) {
        return entries.values().stream().filter(OutboxEntry::admitted)
                .filter(e -> !OutboxEntry.admittedAt(e).isBefore(since))
                .sorted(Comparator.comparing(OutboxEntry::admittedAt)).toList();
    }

    @Override
    public synchronized List<OutboxEntry> list(ChannelName channel, OutboxEntry.Status status, int limit) {
        return entries.values().stream()
                .filter(e -> e.message().channel().equals(channel) && (status == null || e.status() == status))
                .sorted(Comparator.comparing(OutboxEntry::createdAt)).limit(limit).toList();
    }
}
