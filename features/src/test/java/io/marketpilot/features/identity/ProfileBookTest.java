package io.marketpilot.features.identity;

import static io.marketpilot.features.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.features.profile.ItemFacts;
import io.marketpilot.features.profile.MergeStrategy;
import io.marketpilot.features.profile.ProfileConfig;
import io.marketpilot.features.profile.ProfileMerge;
import io.marketpilot.features.profile.ProfileReducer;
import io.marketpilot.features.profile.TraitMergePolicy;
import io.marketpilot.features.profile.Vocabulary;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileBookTest {
    private static final ProfileConfig CONFIG = new ProfileConfig(ZoneId.of("UTC"), Duration.ofMinutes(30),
            Duration.ofDays(30), new TraitMergePolicy(Map.of("first_source", MergeStrategy.OLDEST,
                    "points", MergeStrategy.SUM, "email", MergeStrategy.NON_EMPTY), MergeStrategy.MOST_RECENT));

    static ProfileBook book() {
        return book(Vocabulary.create());
    }

    /** Books compared profile by profile share one vocabulary, so item codes agree. */
    static ProfileBook book(Vocabulary vocabulary) {
        return new ProfileBook(new ProfileReducer(CONFIG, vocabulary, ItemFacts.NONE), new ProfileMerge(CONFIG));
    }

    private static Event identify(String id, String user, String anon, long minute, Map<String, Object> traits) {
        return event(id).type(EventType.IDENTIFY).user(user).anon(anon).minutes(minute).properties(Map.of("traits", traits)).build();
    }

    @Test
    void identifyMergesTheVisitorsEventsAndTraitsPerStrategy() {
        ProfileBook book = book();
        book.apply(event("v1").anonOnly("a1").item("i1").minutes(0).build());
        book.apply(identify("id0", "u1", "zz", 0, Map.of("first_source", "ads", "points", 5, "email", "")));
        book.apply(event("v2").anonOnly("a1").item("i2").minutes(1).build());
        book.apply(identify("id1", "u1", "a1", 2, Map.of("first_source", "mail", "points", 3, "email", "a@x.org")));
        book.apply(event("v3").anonOnly("a1").item("i3").minutes(3).build());

        var u1 = book.get("u1").orElseThrow();
        assertThat(u1.count(EventType.VIEW)).isEqualTo(3);
        assertThat(book.get("anon:a1")).contains(u1);
        assertThat(u1.traits().values()).containsEntry("first_source", "ads").containsEntry("points", 8L)
                .containsEntry("email", "a@x.org");
        assertThat(book.merges()).extracting(MergeRecord::anonymousKey).contains("anon:a1", "anon:zz");
    }

    @Test
    void twoKnownCustomersAreNeverMergedAutomatically() {
        ProfileBook book = book();
        book.apply(identify("i1", "u1", "a1", 0, Map.of()));
        book.apply(identify("i2", "u2", "a1", 1, Map.of()));
        book.apply(event("v").anonOnly("a1").minutes(2).build());
        assertThat(book.resolve("anon:a1")).isEqualTo("u1");
        assertThat(book.get("u2").orElseThrow().count(EventType.VIEW)).isZero();
        assertThat(book.get("u1").orElseThrow().count(EventType.VIEW)).isEqualTo(1);
        assertThat(book.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.mergedInto()).isEqualTo("u1");
            assertThat(c.claimedBy()).isEqualTo("u2");
        });
    }

    @Test
    void unmergeRestoresBothProfilesAsIfNeverMerged() {
        List<Event> log = List.of(event("u-1").item("i1").minutes(0).build(),
                event("a-1").anonOnly("a1").item("i2").minutes(1).build(),
                identify("id", "u1", "a1", 2, Map.of("tier", "gold")),
                event("a-2").anonOnly("a1").type(EventType.PURCHASE).item("i2").price("9.99").minutes(3).build(),
                event("u-2").item("i3").minutes(4).build());
        Vocabulary shared = Vocabulary.create();
        ProfileBook book = book(shared);
        log.forEach(book::apply);
        assertThat(book.get("u1").orElseThrow().count(EventType.PURCHASE)).isEqualTo(1);

        assertThat(book.unmerge("anon:a1", log::forEach)).isPresent();

        ProfileBook userOnly = book(shared);
        log.stream().filter(e -> e.userId() != null).map(e -> e.anonymousId() == null ? e
                : event(e.id().value()).type(e.type()).user("u1").at(e.timestamp()).properties(e.properties()).build())
                .forEach(userOnly::apply);
        ProfileBook anonOnly = book(shared);
        log.stream().filter(e -> e.userId() == null).forEach(anonOnly::apply);
        assertThat(book.get("u1")).isEqualTo(userOnly.get("u1"));
        assertThat(book.get("anon:a1")).isEqualTo(anonOnly.get("anon:a1"));
        assertThat(book.merges()).isEmpty();
        // a replayed identify does not merge them again
        book.apply(log.get(2));
        assertThat(book.resolve("anon:a1")).isEqualTo("anon:a1");
    }
}
