package io.marketpilot.features.profile;

import static io.marketpilot.features.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.EventType;
import io.marketpilot.features.consent.ConsentScope;
import io.marketpilot.features.consent.ConsentStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileReducerTest {
    private final Vocabulary vocabulary = Vocabulary.create();
    private final ProfileReducer reducer = new ProfileReducer(ProfileConfig.DEFAULT, vocabulary,
            item -> Optional.of(new ItemFacts.Facts(item.value().startsWith("p") ? "phones" : "books", "acme")));

    private Profile fold(io.marketpilot.core.event.Event... events) {
        Profile p = Profile.empty("u1");
        for (var e : events) {
            p = reducer.apply(p, e);
        }
        return p;
    }

    @Test
    void countsSumsAndFirstLastSeen() {
        Profile p = fold(event("a").item("p1").price("10.00").minutes(0).build(),
                event("b").type(EventType.PURCHASE).item("p1").price("10.00").quantity(2).minutes(5).build(),
                event("c").item("b1").minutes(9).build());
        assertThat(p.count(EventType.VIEW)).isEqualTo(2);
        assertThat(p.count(EventType.PURCHASE)).isEqualTo(1);
        assertThat(p.sum(EventType.PURCHASE)).isEqualTo(20.0);
        assertThat(p.sum(EventType.VIEW)).isEqualTo(10.0);
        assertThat(p.firstSeen()).isEqualTo(event("x").minutes(0).build().timestamp());
        assertThat(p.lastSeen()).isEqualTo(event("x").minutes(9).build().timestamp());
        assertThat(p.recentItems(vocabulary)).containsExactly("b1", "p1");
        assertThat(p.recentCategories(vocabulary)).containsExactly("books", "phones");
    }

    @Test
    void sessionsAreCutBySessionIdOrByThirtyMinutesOfSilence() {
        Profile byGap = fold(event("a").minutes(0).build(), event("b").minutes(20).build(),
                event("c").minutes(51).build(), event("d").minutes(60).build());
        assertThat(byGap.sessions()).isEqualTo(2);
        Profile byId = fold(event("a").session("s1").minutes(0).build(), event("b").session("s1").minutes(90).build(),
                event("c").session("s2").minutes(91).build());
        assertThat(byId.sessions()).isEqualTo(2);
    }

    @Test
    void ordersArePurchaseDaysWithTheFirstDaysValueKeptApart() {
        Profile p = fold(event("a").type(EventType.PURCHASE).price("5").days(0).build(),
                event("b").type(EventType.PURCHASE).price("7").days(0).minutes(10).build(),
                event("c").type(EventType.PURCHASE).price("20").days(3).properties(Map.of("coupon", "X1")).build());
        PurchaseHistory h = p.purchases();
        assertThat(h.orders()).isEqualTo(2);
        assertThat(h.firstOrderValue()).isEqualTo(12.0);
        assertThat(h.revenue()).isEqualTo(32.0);
        assertThat(h.discountedLines()).isEqualTo(1);
        assertThat(h.lastOrder()).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void identifyStatesTraitsAndEventsStateConsent() {
        Profile p = fold(event("a").type(EventType.IDENTIFY).properties(Map.of("traits", Map.of("email", "a@x.org"))).build(),
                event("b").type(EventType.CUSTOM).minutes(1).properties(Map.of("consent",
                        List.of(Map.of("purpose", "marketing", "channel", "email", "status", "granted")))).build());
        assertThat(p.traits().values()).containsEntry("email", "a@x.org");
        assertThat(p.consent().allows("marketing", "email", false)).isTrue();
        assertThat(p.consent().state(new ConsentScope("marketing", "email")).orElseThrow().status())
                .isEqualTo(ConsentStatus.GRANTED);
    }

    @Test
    void affinitiesDecayWithTheHalfLife() {
        Profile p = fold(event("a").item("p1").days(0).build(), event("b").item("b1").days(30).build());
        var aff = p.categoryAffinities(vocabulary, event("x").days(30).build().timestamp(), Duration.ofDays(30));
        assertThat(aff.get("books")).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(aff.get("phones")).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(p.hourCounts()[10]).isEqualTo(2);
        assertThat(p.weekdayCounts()[0] + p.weekdayCounts()[2]).isEqualTo(2);
    }

    @Test
    void aReplayedEventReturnsTheSameProfile() {
        var e = event("a").type(EventType.PURCHASE).price("3").build();
        Profile once = fold(e);
        assertThat(reducer.apply(once, e)).isSameAs(once);
    }
}
