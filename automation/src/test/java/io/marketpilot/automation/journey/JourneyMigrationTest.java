package io.marketpilot.automation.journey;

import static io.marketpilot.automation.journey.Journeys.T0;
import static io.marketpilot.automation.journey.Journeys.journey;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The migration rules, one example each: mapping, refusals, timers, an awaited coupon, held-out runs. */
class JourneyMigrationTest {
    private static final String EXIT = "{'id': 'done', 'type': 'exit'}";
    private final JourneyMachine machine = new JourneyMachine();
    private final CustomerView nobody = CustomerView.unknown();

    private static JourneyDefinition version(int v, String steps, String extra) {
        return Journeys.valid(journey(steps, extra)).withVersion(v);
    }

    private static MigrationPlan plan(JourneyDefinition from, JourneyDefinition to, Map<String, String> map,
                                      List<JourneyRun> runs, Instant now) {
        return JourneyMigration.plan(from, to, map, runs, now, c -> CustomerView.unknown());
    }

    @Test
    void anUnmappedMissingStepRefusesEverythingWithItsRunCount() {
        JourneyDefinition v1 = version(1, "{'id': 'a', 'type': 'wait', 'duration': '1h', 'next': 'b'},"
                + " {'id': 'b', 'type': 'wait', 'duration': '1h', 'next': 'done'}, " + EXIT, "");
        JourneyDefinition v2 = version(2, "{'id': 'a', 'type': 'wait', 'duration': '1h', 'next': 'c'},"
                + " {'id': 'c', 'type': 'wait', 'duration': '1h', 'next': 'done'}, " + EXIT, "");
        JourneyRun atA = machine.enter(v1, "ann", T0, nobody).run();
        JourneyRun atB1 = machine.onTimer(v1, machine.enter(v1, "bob", T0, nobody).run(), T0.plusSeconds(3600), nobody)
                .run();
        JourneyRun atB2 = machine.onTimer(v1, machine.enter(v1, "cy", T0, nobody).run(), T0.plusSeconds(3600), nobody)
                .run();
        Instant now = T0.plusSeconds(4000);

        MigrationPlan refused = plan(v1, v2, Map.of(), List.of(atA, atB1, atB2), now);
        assertThat(refused).isEqualTo(new MigrationPlan.Refused(List.of(new MigrationPlan.Blocker("b", 2,
                "v2 has no step \"b\"; map it to one of v2's steps [a, c, done]"))));

        MigrationPlan.Planned planned = (MigrationPlan.Planned) plan(v1, v2, Map.of("b", "c"),
                List.of(atA, atB1, atB2), now);
        assertThat(planned.counts()).containsExactly(Map.entry("a -> a", 1L), Map.entry("b -> c", 2L));
        MigrationPlan.Move bob = planned.moves().get(1);
        assertThat(bob.transition().effects()).containsExactly(
                new JourneyEffect.Migrated(1, "b", 2, "c", atB1.wakeAt(), now), new JourneyEffect.WakeAt(atB1.wakeAt()));
        assertThat(bob.retimed()).as("same duration: same wake-up").isFalse();
        // the next action keys are new: version 2 and a higher sequence
        Transition next = machine.onTimer(v2, bob.after(), atB1.wakeAt(), nobody);
        assertThat(next.exitReason()).contains("completed");
    }

    @Test
    void aChangedDurationCountsFromWhenTheRunEnteredTheStepAndAPastOneFiresNow() {
        String rest = ", 'next': 'mail'}, {'id': 'mail', 'type': 'send_message', 'channel': 'email',"
                + " 'template': 'abandoned_cart', 'next': 'done'}, " + EXIT;
        JourneyDefinition v1 = version(1, "{'id': 'w', 'type': 'wait', 'duration': '3h'" + rest, "");
        JourneyDefinition longer = version(2, "{'id': 'w', 'type': 'wait', 'duration': '5h'" + rest, "");
        JourneyDefinition shorter = version(3, "{'id': 'w', 'type': 'wait', 'duration': '1h'" + rest, "");
        JourneyRun run = machine.enter(v1, "ann", T0, nobody).run();
        Instant now = T0.plus(Duration.ofHours(2));

        MigrationPlan.Move later = ((MigrationPlan.Planned) plan(v1, longer, Map.of(), List.of(run), now)).moves()
                .getFirst();
        assertThat(later.after().wakeAt()).isEqualTo(T0.plus(Duration.ofHours(5)));
        assertThat(later.retimed()).isTrue();
        MigrationPlan.Move due = ((MigrationPlan.Planned) plan(v1, shorter, Map.of(), List.of(run), now)).moves()
                .getFirst();
        assertThat(due.after().wakeAt()).as("an hour after entry is past: due now").isEqualTo(now);
        Transition sent = machine.onTimer(shorter, due.after(), now, nobody);
        assertThat(sent.performs()).singleElement().satisfies(p -> assertThat(p.idempotencyKey())
                .isEqualTo("j:3:" + run.runId() + ":mail:2"));
    }

    @Test
    void aStepWhereNoRunWaitsAndAMissingCouponCodeAreRefused() {
        JourneyDefinition v1 = version(1, "{'id': 'w', 'type': 'wait', 'duration': '1h', 'next': 'done'}, " + EXIT, "");
        JourneyDefinition v2 = version(2, "{'id': 'c', 'type': 'issue_coupon', 'coupon': 'cart-10', 'next': 'w'},"
                + " {'id': 'w', 'type': 'wait', 'duration': '1h', 'next': 'mail'},"
                + " {'id': 'mail', 'type': 'send_message', 'channel': 'email', 'template': 'coupon', 'next': 'done'},"
                + " " + EXIT, "");
        JourneyRun run = machine.enter(v1, "ann", T0, nobody).run();
        MigrationPlan.Refused noCode = (MigrationPlan.Refused) plan(v1, v2, Map.of(), List.of(run), T0);
        assertThat(noCode.blockers()).singleElement().satisfies(b -> {
            assertThat(b.runs()).isEqualTo(1);
            assertThat(b.reason()).startsWith("v2 sets [coupon_code, coupon_text] on every path to \"w\"");
        });
        MigrationPlan.Refused exit = (MigrationPlan.Refused) plan(v1, v2, Map.of("w", "done", "zz", "w"), List.of(run),
                T0);
        assertThat(exit.blockers()).extracting(MigrationPlan.Blocker::reason).containsExactly(
                "the map names step \"zz\", which v1 does not have; its steps are [w, done]",
                "v2's \"done\" is an exit, where no run waits; map \"w\" to a wait, wait_until or wait_for_event step",
                "v2 sets [coupon_code, coupon_text] on every path to \"done\" (later steps may use them), which these"
                        + " runs do not have; map \"w\" to a step before the coupon is issued");
    }

    @Test
    void aRunWaitingForItsCouponKeepsTheKeySoTheCouponIsIssuedOnce() {
        String tail = ", 'next': 'mail'}, {'id': 'mail', 'type': 'send_message', 'channel': 'email',"
                + " 'template': 'coupon', 'next': 'done'}, " + EXIT;
        JourneyDefinition v1 = version(1, "{'id': 'c', 'type': 'issue_coupon', 'coupon': 'cart-10'" + tail, "");
        JourneyDefinition v2 = version(2, "{'id': 'c', 'type': 'issue_coupon', 'coupon': 'winback-10'" + tail, "");
        Transition entered = machine.enter(v1, "ann", T0, nobody);
        String key = entered.run().awaiting();
        MigrationPlan.Move m = ((MigrationPlan.Planned) plan(v1, v2, Map.of(), List.of(entered.run()),
                T0.plusSeconds(60))).moves().getFirst();
        assertThat(m.after().awaiting()).isEqualTo(key).startsWith("j:1:");
        assertThat(m.after().wakeAt()).isEqualTo(entered.run().wakeAt());
        Transition retry = machine.onTimer(v2, m.after(), m.after().wakeAt(), nobody);
        assertThat(retry.performs()).singleElement().satisfies(p -> assertThat(p.idempotencyKey()).isEqualTo(key));
        Transition coded = machine.onActionResult(v2, m.after(), new ActionResult.CouponIssued(key, "CODE", "10% off"),
                T0.plusSeconds(120), nobody);
        assertThat(coded.performs()).singleElement().satisfies(p -> assertThat(p.idempotencyKey()).startsWith("j:2:")
                .endsWith(":mail:2"));

        JourneyDefinition noCoupon = version(3, "{'id': 'c', 'type': 'wait', 'duration': '1h'" + tail
                .replace("'template': 'coupon'", "'template': 'abandoned_cart'"), "");
        assertThat(plan(v1, noCoupon, Map.of(), List.of(entered.run()), T0)).isInstanceOfSatisfying(
                MigrationPlan.Refused.class, r -> assertThat(r.blockers().getFirst().reason())
                        .contains("wait for the coupon issued at \"c\"").contains("not an issue_coupon step"));
    }

    @Test
    void heldOutRunsStayHeldOutUntilTheNewAttributionWindowEnds() {
        String steps = "{'id': 's', 'type': 'split', 'holdout_percent': 99.9, 'arms': [{'name': 'a', 'next': 'w'}]},"
                + " {'id': 'w', 'type': 'wait', 'duration': '1h', 'next': 'done'}, " + EXIT;
        JourneyDefinition v1 = version(1, steps, "'goal': {'event': {'type': 'purchase'}, 'window': '7d'}");
        JourneyDefinition v2 = version(2, steps, "'goal': {'event': {'type': 'purchase'}, 'window': '3d'}");
        JourneyRun held = machine.enter(v1, "ann", T0, nobody).run();
        assertThat(held.holdout()).isTrue();
        MigrationPlan.Move m = ((MigrationPlan.Planned) plan(v1, v2, Map.of(), List.of(held), T0.plusSeconds(5)))
                .moves().getFirst();
        assertThat(m.after().wakeAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
        assertThat(machine.onTimer(v2, m.after(), T0.plus(Duration.ofDays(3)), nobody).exitReason())
                .contains("holdout window ended");
        assertThat(plan(v1, v2, Map.of("s", "w"), List.of(held), T0)).isInstanceOf(MigrationPlan.Refused.class);
    }
}
