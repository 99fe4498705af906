package io.marketpilot.automation.journey;

import static io.marketpilot.automation.journey.Journeys.T0;
import static io.marketpilot.automation.journey.Journeys.event;
import static io.marketpilot.automation.journey.Journeys.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.core.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exit rules, conversions, splits and holdouts, entry policy, versions. */
class JourneyRulesTest {
    private static final String EXIT = "{'id': 'done', 'type': 'exit'}";
    private static final String GOAL = "'goal': {'event': {'type': 'purchase'}, 'window': '7d'},"
            + " 'exit_rules': [{'reason': 'purchased', 'event': {'type': 'purchase'}}]";
    private final JourneyMachine machine = new JourneyMachine();
    private final CustomerView nobody = CustomerView.unknown();

    @Test
    void aPurchaseConvertsAndThenExitsFromAnyStep() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'w', 'type': 'wait', 'duration': '1d', 'next': 'done'}, " + EXIT, GOAL));
        JourneyRun run = machine.enter(d, "ann", T0, nobody).run();
        Instant at = T0.plus(Duration.ofHours(2));
        Transition t = machine.onEvent(d, run, event(EventType.PURCHASE, "ann", at), at, nobody);
        assertThat(t.effects()).containsExactly(new JourneyEffect.Converted(at), new JourneyEffect.Exited("purchased", at));
        assertThat(t.finished()).as("converted: nothing left to attribute").isTrue();
    }

    @Test
    void anExitedRunStillAttributesALateConversionUntilTheWindowEnds() {
        JourneyDefinition d = Journeys.valid(journey(EXIT, GOAL));
        Transition t = machine.enter(d, "ann", T0, nobody);
        JourneyRun lingering = t.run();
        assertThat(lingering.active()).isFalse();
        assertThat(lingering.exitReason()).isEqualTo("completed");
        assertThat(lingering.wakeAt()).isEqualTo(T0.plus(Duration.ofDays(7)));

        Instant day3 = T0.plus(Duration.ofDays(3));
        Transition view = machine.onEvent(d, lingering, event(EventType.VIEW, "ann", day3), day3, nobody);
        assertThat(view.run()).isEqualTo(lingering);
        Transition bought = machine.onEvent(d, lingering, event(EventType.PURCHASE, "ann", day3), day3, nobody);
        assertThat(bought.effects()).containsExactly(new JourneyEffect.Converted(day3));
        assertThat(bought.finished()).isTrue();

        Transition over = machine.onTimer(d, lingering, T0.plus(Duration.ofDays(7)), nobody);
        assertThat(over.finished()).isTrue();
        assertThat(over.effects()).isEmpty();
    }

    @Test
    void aPurchaseAfterTheWindowIsNoConversion() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'w', 'type': 'wait', 'duration': '30d', 'next': 'done'}, "
                + EXIT, "'goal': {'event': {'type': 'purchase'}, 'window': '7d'}"));
        JourneyRun run = machine.enter(d, "ann", T0, nobody).run();
        Instant late = T0.plus(Duration.ofDays(8));
        assertThat(machine.onEvent(d, run, event(EventType.PURCHASE, "ann", late), late, nobody).effects()).isEmpty();
    }

    @Test
    void splitsFollowTheWeightsAndTheHoldoutDeterministically() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 's', 'type': 'split', 'holdout_percent': 10, 'arms': ["
                + "{'name': 'a', 'weight': 3, 'next': 'done'}, {'name': 'b', 'weight': 1, 'next': 'done'}]}, " + EXIT, GOAL));
        Map<String, Integer> arms = new HashMap<>();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            Transition t = machine.enter(d, "c" + i, T0, nobody);
            JourneyEffect.ArmAssigned arm = (JourneyEffect.ArmAssigned) t.effects().get(2);
            arms.merge(arm.arm(), 1, Integer::sum);
            assertThat(machine.enter(d, "c" + i, T0.plusSeconds(99), nobody).effects().get(2)).as("stable")
                    .isEqualTo(new JourneyEffect.ArmAssigned("s", arm.arm(), T0.plusSeconds(99)));
        }
        assertThat(arms.get("holdout") / (double) n).isCloseTo(0.10, within(0.01));
        assertThat(arms.get("a") / (double) n).isCloseTo(0.675, within(0.015));
        assertThat(arms.get("b") / (double) n).isCloseTo(0.225, within(0.015));
    }

    @Test
    void heldOutCustomersGetNoActionsButStayUntilTheWindowEndsAndConvert() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 's', 'type': 'split', 'holdout_percent': 50, 'arms': ["
                + "{'name': 'treat', 'next': 'hi'}]}, {'id': 'hi', 'type': 'send_message', 'channel': 'email',"
                + " 'template': 'abandoned_cart', 'next': 'done'}, " + EXIT, "'goal': {'event': {'type': 'purchase'}, 'window': '7d'}"));
        String held = firstCustomerIn(d, "holdout");
        Transition t = machine.enter(d, held, T0, nobody);
        assertThat(t.performs()).isEmpty();
        assertThat(t.run().holdout()).isTrue();
        assertThat(t.run().active()).isTrue();
        assertThat(t.run().wakeAt()).isEqualTo(T0.plus(Duration.ofDays(7)));

        Instant day2 = T0.plus(Duration.ofDays(2));
        Transition bought = machine.onEvent(d, t.run(), event(EventType.PURCHASE, held, day2), day2, nobody);
        assertThat(bought.effects()).containsExactly(new JourneyEffect.Converted(day2));
        assertThat(bought.run().active()).as("still in until the window ends").isTrue();

        Instant end = T0.plus(Duration.ofDays(7));
        Transition over = machine.onTimer(d, bought.run(), end, nobody);
        assertThat(over.effects()).containsExactly(new JourneyEffect.Exited("holdout window ended", end));
        assertThat(over.finished()).isTrue();

        String treated = firstCustomerIn(d, "treat");
        assertThat(machine.enter(d, treated, T0, nobody).performs()).hasSize(1);
    }

    private String firstCustomerIn(JourneyDefinition d, String arm) {
        for (int i = 0; ; i++) {
            Transition t = machine.enter(d, "c" + i, T0, nobody);
            if (t.effects().get(2) instanceof JourneyEffect.ArmAssigned a && a.arm().equals(arm)) {
                return "c" + i;
            }
        }
    }

    @Test
    void reEntryPolicyAndLimits() {
        JourneyDefinition never = Journeys.valid(journey(EXIT, ""));
        JourneyDefinition weekly = Journeys.valid(journey(EXIT, "'re_entry': {'after': '7d'}, 'limits': {'max_entries_per_customer': 2, 'max_concurrent_runs': 100}"));
        JourneyDefinition always = Journeys.valid(journey(EXIT, "'re_entry': 'always'"));
        EntryHistory once = new EntryHistory(1, T0, false);

        assertThat(EntryPolicy.mayEnter(never, EntryHistory.NONE, 0, T0).allowed()).isTrue();
        assertThat(EntryPolicy.mayEnter(never, once, 0, T0.plus(Duration.ofDays(999))))
                .isEqualTo(new EntryDecision.Refused("entered before, and this journey allows no re-entry"));
        assertThat(EntryPolicy.mayEnter(weekly, once, 0, T0.plus(Duration.ofDays(6))).allowed()).isFalse();
        assertThat(EntryPolicy.mayEnter(weekly, once, 0, T0.plus(Duration.ofDays(7))).allowed()).isTrue();
        assertThat(EntryPolicy.mayEnter(weekly, new EntryHistory(2, T0, false), 0, T0.plus(Duration.ofDays(70))))
                .isEqualTo(new EntryDecision.Refused("entered 2 times, the most this journey allows"));
        assertThat(EntryPolicy.mayEnter(weekly, EntryHistory.NONE, 100, T0).allowed()).isFalse();
        assertThat(EntryPolicy.mayEnter(always, once, 0, T0).allowed()).isTrue();
        assertThat(EntryPolicy.mayEnter(always, new EntryHistory(1, T0, true), 0, T0))
                .isEqualTo(new EntryDecision.Refused("already in the journey"));
    }

    @Test
    void aRunIsMovedOnlyByTheVersionItEntered() {
        JourneyDefinition v1 = Journeys.valid(journey("{'id': 'w', 'type': 'wait', 'duration': '1h', 'next': 'done'}, " + EXIT, ""));
        JourneyDefinition v2 = v1.withVersion(2);
        JourneyRun run = machine.enter(v1, "ann", T0, nobody).run();
        assertThat(run.version()).isEqualTo(1);
        assertThatThrownBy(() -> machine.onTimer(v2, run, T0.plus(Duration.ofHours(1)), nobody))
                .hasMessageContaining("is in j v1, not in j v2");
        assertThat(machine.enter(v2, "ann", T0, nobody).performs()).isEmpty();
        assertThat(RunIds.of(v1.id(), 1, "ann", T0)).isNotEqualTo(RunIds.of(v1.id(), 2, "ann", T0));
    }

    @Test
    void aStepVisitedTwiceGetsANewKey() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'hi', 'type': 'send_message', 'channel': 'email',"
                + " 'template': 'abandoned_cart', 'next': 'again'},"
                + " {'id': 'again', 'type': 'wait_for_event', 'event': {'type': 'view'}, 'timeout': '1d', 'on_event': 'hi',"
                + " 'on_timeout': 'done'}, " + EXIT, ""));
        Transition first = machine.enter(d, "ann", T0, nobody);
        Instant later = T0.plusSeconds(60);
        Transition second = machine.onEvent(d, first.run(), event(EventType.VIEW, "ann", later), later, nobody);
        assertThat(second.performs().getFirst().idempotencyKey()).isNotEqualTo(first.performs().getFirst().idempotencyKey())
                .endsWith(":hi:3");
    }
}
