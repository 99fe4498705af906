package io.marketpilot.features.identity;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import io.marketpilot.features.profile.Profile;
import io.marketpilot.features.profile.ProfileMerge;
import io.marketpilot.features.profile.ProfileReducer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Every actor's profile, with identity resolution. An event goes to its user id's profile, else to the profile its
 * anonymous id was merged into, else to the anonymous profile. An {@code identify} event carrying both ids first
 * merges the anonymous profile into the customer's (once: repeats are no-ops), unless the visitor was already merged
 * into another customer ({@link IdentityConflict}) or the merge was undone. Writes are serialised; reads are lock-free.
 */
public final class ProfileBook {
    private static final int MAX_CONFLICTS = 1000;
    private final ProfileReducer reducer;
    private final ProfileMerge merge;
    private final Map<String, Profile> profiles = new ConcurrentHashMap<>();
    private final Map<String, String> mergedInto = new ConcurrentHashMap<>();
    private final List<MergeRecord> log = new ArrayList<>();
    private final Set<String> undone = new HashSet<>();
    private final List<IdentityConflict> conflicts = new ArrayList<>();

    public ProfileBook(ProfileReducer reducer, ProfileMerge merge) {
        this.reducer = reducer;
        this.merge = merge;
    }

    /** Folds one event (merging first on identify); returns the key of the profile it went to. */
    public synchronized String apply(Event e) {
        if (e.type() == EventType.IDENTIFY && e.userId() != null && e.anonymousId() != null) {
            identify(anonymousKey(e), e.userId().value(), e);
        }
        String key = route(e);
        profiles.put(key, reducer.apply(profiles.getOrDefault(key, Profile.empty(key)), e));
        return key;
    }

    private void identify(String anonKey, String userKey, Event e) {
        String current = mergedInto.get(anonKey);
        if (userKey.equals(current) || undone.contains(pair(anonKey, userKey))) {
            return;
        }
        if (current != null) {
            if (conflicts.size() < MAX_CONFLICTS) {
                conflicts.add(new IdentityConflict(anonKey, current, userKey, e.id()));
            }
            return;
        }
        Profile anon = profiles.remove(anonKey);
        if (anon != null) {
            Profile known = profiles.getOrDefault(userKey, Profile.empty(userKey));
            profiles.put(userKey, merge.merge(known, anon.withKey(userKey)));
        }
        mergedInto.put(anonKey, userKey);
        log.add(new MergeRecord(anonKey, userKey, e.id(), e.timestamp()));
    }

    /**
     * Undoes the merge of this visitor: the visitor and the customer are rebuilt from {@code events} (the log), the
     * visitor's events going to its own profile again; later identify events for the same pair are ignored.
     */
    public synchronized Optional<MergeRecord> unmerge(String anonymousKey, EventReplay events) {
        String userKey = mergedInto.remove(anonymousKey);
        if (userKey == null) {
            return Optional.empty();
        }
        undone.add(pair(anonymousKey, userKey));
        MergeRecord record = log.stream().filter(r -> r.anonymousKey().equals(anonymousKey)).reduce((a, b) -> b).orElseThrow();
        log.remove(record);
        Set<String> affected = Set.of(anonymousKey, userKey);
        profiles.remove(anonymousKey);
        profiles.remove(userKey);
        events.replay(e -> {
            if (affected.contains(route(e))) {
                String key = route(e);
                profiles.put(key, reducer.apply(profiles.getOrDefault(key, Profile.empty(key)), e));
            }
        });
        return Optional.of(record);
    }

    /**
     * Keeps this visitor and customer apart from now on: their identify events no longer merge them. A rebuild calls it
     * for every unmerge recorded in the log before replaying, so an undone merge stays undone.
     */
    public synchronized void keepApart(String anonymousKey, String customerKey) {
        undone.add(pair(anonymousKey, customerKey));
    }

    /** Replays stored events into the book (start-up rebuild). */
    public void replay(EventReplay events) {
        events.replay(this::apply);
    }

    /** The profile an actor key (user id or {@code anon:}…) resolves to. */
    public Optional<Profile> get(String actorKey) {
        return Optional.ofNullable(profiles.get(resolve(actorKey)));
    }

    /** The key a visitor's events go to: the customer it was merged into, else itself. */
    public String resolve(String actorKey) {
        return mergedInto.getOrDefault(actorKey, actorKey);
    }

    /** The anonymous keys merged into this customer. */
    public List<String> aliases(String customerKey) {
        return mergedInto.entrySet().stream().filter(en -> en.getValue().equals(customerKey)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    public synchronized List<MergeRecord> merges() {
        return List.copyOf(log);
    }

    public synchronized List<IdentityConflict> conflicts() {
        return List.copyOf(conflicts);
    }

    public int size() {
        return profiles.size();
    }

    public void forEach(Consumer<Profile> sink) {
        profiles.values().forEach(sink);
    }

    private String route(Event e) {
        return e.userId() != null ? e.userId().value() : resolve(anonymousKey(e));
    }

    private static String anonymousKey(Event e) {
        return UserId.ANONYMOUS_PREFIX + e.anonymousId().value();
    }

    private static String pair(String anonKey, String userKey) {
        return anonKey + "\u0000" + userKey;
    }
}
