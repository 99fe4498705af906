package io.marketpilot.automation.journey;

import static io.marketpilot.automation.journey.Journeys.T0;
import static io.marketpilot.automation.journey.Journeys.event;
import static io.marketpilot.automation.journey.Journeys.journey;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.automation.segment.SegmentId;
import io.marketpilot.core.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** One behaviour per step type. */
class JourneyStepsTest {
    private static final String EXIT = "{'id': 'done', 'type': 'exit'}";
    private final JourneyMachine machine = new JourneyMachine();
    private final CustomerView nobody = CustomerView.unknown();

    @Test
    void waitParksUntilTheDurationHasPassed() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'w', 'type': 'wait', 'duration': '1h', 'next': 'done'}, " + EXIT, ""));
        Transition t = machine.enter(d, "ann", T0, nobody);
        assertThat(t.effects()).containsExactly(new JourneyEffect.Entered(T0), new JourneyEffect.StepEntered("w", T0),
                new JourneyEffect.WakeAt(T0.plus(Duration.ofHours(1))));
        assertThat(t.run().stepId()).isEqualTo("w");
        assertThat(t.run().active()).isTrue();

        Transition early = machine.onTimer(d, t.run(), T0.plusSeconds(3599), nobody);
        assertThat(early.run()).isEqualTo(t.run());
        assertThat(early.effects()).isEmpty();

        Instant due = T0.plus(Duration.ofHours(1));
        Transition done = machine.onTimer(d, t.run(), due, nobody);
        assertThat(done.finished()).isTrue();
        assertThat(done.effects()).containsExactly(new JourneyEffect.StepEntered("done", due),
                new JourneyEffect.Exited("completed", due));
    }

    @Test
    void waitUntilUsesTheCustomersZoneElseTheJourneys() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'w', 'type': 'wait_until', 'time': '10:00', 'next': 'done'}, "
                + EXIT, "'time_zone': 'Asia/Shanghai'"));
        // T0 = 08:00Z = 16:00 in Shanghai: the next 10:00 there is tomorrow 02:00Z
        assertThat(machine.enter(d, "ann", T0, nobody).run().wakeAt()).isEqualTo("2026-03-03T02:00:00Z");
        CustomerView parisian = new CustomerView() {
            public io.marketpilot.automation.segment.CustomerFacts facts() {
                return io.marketpilot.automation.segment.CustomerFacts.NONE;
            }

            public Optional<ZoneId> zone() {
                return Optional.of(ZoneId.of("Europe/Paris"));
            }
        };
        // 08:00Z = 09:00 in Paris: 10:00 today
        assertThat(machine.enter(d, "ann", T0, parisian).run().wakeAt()).isEqualTo("2026-03-02T09:00:00Z");
    }

    @Test
    void waitUntilATimeInTheSpringForwardGapWakesRightAfterIt() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'w', 'type': 'wait_until', 'time': '02:30', 'next': 'done'}, "
                + EXIT, "'time_zone': 'America/New_York'"));
        Transition t = machine.enter(d, "ann", Instant.parse("2026-03-08T05:00:00Z"), nobody); // 00:00 EST
        assertThat(t.run().wakeAt()).isEqualTo("2026-03-08T07:30:00Z"); // 03:30 EDT
    }

    @Test
    void waitUntilATimeThatHappensTwiceWakesAtTheFirst() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'w', 'type': 'wait_until', 'time': '01:30', 'next': 'done'}, "
                + EXIT, "'time_zone': 'America/New_York'"));
        Transition t = machine.enter(d, "ann", Instant.parse("2026-11-01T04:00:00Z"), nobody); // 00:00 EDT
        assertThat(t.run().wakeAt()).isEqualTo("2026-11-01T05:30:00Z"); // 01:30 EDT, not 01:30 EST
    }

    @Test
    void waitForEventHasTwoExits() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'w', 'type': 'wait_for_event', 'event': {'type': 'purchase'},"
                + " 'timeout': '2d', 'on_event': 'bought', 'on_timeout': 'gave-up'},"
                + " {'id': 'bought', 'type': 'exit', 'reason': 'bought'}, {'id': 'gave-up', 'type': 'exit', 'reason': 'no'}", ""));
        JourneyRun run = machine.enter(d, "ann", T0, nobody).run();
        assertThat(run.wakeAt()).isEqualTo(T0.plus(Duration.ofDays(2)));
        assertThat(machine.waitingFor(d, run)).contains(((Step.WaitForEvent) d.step("w")).match());

        Transition view = machine.onEvent(d, run, event(EventType.VIEW, "ann", T0.plusSeconds(5)), T0.plusSeconds(5), nobody);
        assertThat(view.run()).isEqualTo(run);
        assertThat(view.effects()).isEmpty();

        Transition bought = machine.onEvent(d, run, event(EventType.PURCHASE, "ann", T0.plusSeconds(9)), T0.plusSeconds(9), nobody);
        assertThat(bought.exitReason()).contains("bought");
        Transition timeout = machine.onTimer(d, run, T0.plus(Duration.ofDays(2)), nobody);
        assertThat(timeout.exitReason()).contains("no");
    }

    @Test
    void branchEvaluatesTheConditionThroughTheCustomerView() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'b', 'type': 'branch', 'condition': {'all': ["
                + "{'trait': 'tier', 'op': 'in', 'value': ['gold', 'platinum']}, {'performed': {'type': 'purchase'},"
                + " 'op': '>=', 'value': 1, 'window': '30d'}]}, 'then': 'gold', 'else': 'plain'},"
                + " {'id': 'gold', 'type': 'exit', 'reason': 'gold'}, {'id': 'plain', 'type': 'exit', 'reason': 'plain'}", ""));
        CustomerView goldBuyer = new CustomerView() {
            public io.marketpilot.automation.segment.CustomerFacts facts() {
                return Journeys.view(Map.of("tier", "gold")).facts();
            }

            public java.util.List<io.marketpilot.core.event.Event> recentEvents() {
                return java.util.List.of(event(EventType.PURCHASE, "ann", T0.minus(Duration.ofDays(3))));
            }
        };
        assertThat(machine.enter(d, "ann", T0, goldBuyer).exitReason()).contains("gold");
        assertThat(machine.enter(d, "ann", T0, Journeys.view(Map.of("tier", "gold"))).exitReason()).contains("plain");
        assertThat(machine.enter(d, "ann", T0, nobody).exitReason()).contains("plain");
    }

    @Test
    void sendMessageCarriesItsKeyAndFilledData() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'hi', 'type': 'send_message', 'channel': 'email',"
                + " 'template': 'abandoned_cart', 'purpose': 'transactional', 'data': {'subject': 'Hi {{customer.first_name}}"
                + " from {{journey.id}} {{shop_url}}'}, 'next': 'done'}, " + EXIT, ""));
        Transition t = machine.enter(d, "ann", T0, Journeys.view(Map.of("first_name", "Ann")));
        JourneyEffect.Perform p = t.performs().getFirst();
        String runId = RunIds.of(d.id(), 1, "ann", T0);
        assertThat(p.idempotencyKey()).isEqualTo("j:1:" + runId + ":hi:1");
        assertThat(p.action()).isEqualTo(new JourneyAction.SendMessage(ChannelName.of("email"), "abandoned_cart",
                Purpose.TRANSACTIONAL, Map.of("subject", "Hi Ann from j {{shop_url}}"), null));
        assertThat(t.finished()).isTrue();
    }

    @Test
    void aCustomerBelowTheUpliftThresholdIsSkipped() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'hi', 'type': 'send_message', 'channel': 'email',"
                + " 'template': 'abandoned_cart', 'min_uplift': 0.02, 'next': 'done'}, " + EXIT, ""));
        Transition low = machine.enter(d, "ann", T0, upliftOf(0.01));
        assertThat(low.performs()).isEmpty();
        assertThat(low.effects()).contains(new JourneyEffect.Skipped("hi", "predicted uplift 0.01 is below 0.02"));
        assertThat(machine.enter(d, "ann", T0, upliftOf(0.05)).performs()).hasSize(1);
        assertThat(machine.enter(d, "ann", T0, nobody).performs()).as("no model: no skipping").hasSize(1);
    }

    private static CustomerView upliftOf(double u) {
        return new CustomerView() {
            public io.marketpilot.automation.segment.CustomerFacts facts() {
                return io.marketpilot.automation.segment.CustomerFacts.NONE;
            }

            public OptionalDouble uplift() {
                return OptionalDouble.of(u);
            }
        };
    }

    @Test
    void webhookTraitAndSegmentActionsArePerformedInOrder() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'hook', 'type': 'call_webhook', 'channel': 'crm-webhook',"
                + " 'payload': {'who': '{{customer.id}}', 'run': '{{run.id}}'}, 'next': 'tag'},"
                + " {'id': 'tag', 'type': 'set_trait', 'trait': 'nudged', 'value': true, 'next': 'in'},"
                + " {'id': 'in', 'type': 'add_to_segment', 'segment': 'vip', 'next': 'out'},"
                + " {'id': 'out', 'type': 'remove_from_segment', 'segment': 'lapsed', 'next': 'done'}, " + EXIT, ""));
        Transition t = machine.enter(d, "ann", T0, nobody);
        String runId = RunIds.of(d.id(), 1, "ann", T0);
        assertThat(t.performs()).extracting(JourneyEffect.Perform::action).containsExactly(
                new JourneyAction.CallWebhook(ChannelName.of("crm-webhook"), Map.of("who", "ann", "run", runId)),
                new JourneyAction.SetTrait("nudged", true),
                new JourneyAction.SegmentMembership(new SegmentId("vip"), true),
                new JourneyAction.SegmentMembership(new SegmentId("lapsed"), false));
        assertThat(t.performs()).extracting(JourneyEffect.Perform::idempotencyKey).doesNotHaveDuplicates();
    }

    @Test
    void issuingACouponWaitsForTheCodeWhichLaterMessagesUse() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'c', 'type': 'issue_coupon', 'coupon': 'cart-10', 'next': 'send'},"
                + " {'id': 'send', 'type': 'send_message', 'channel': 'email', 'template': 'coupon',"
                + " 'data': {'subject': 'Use {{coupon_code}}'}, 'next': 'done'}, " + EXIT, ""));
        Transition issued = machine.enter(d, "ann", T0, nobody);
        JourneyEffect.Perform issue = issued.performs().getFirst();
        assertThat(issued.run().awaiting()).isEqualTo(issue.idempotencyKey());
        assertThat(issued.run().wakeAt()).isEqualTo(T0.plus(JourneyMachine.AWAIT_RETRY));

        // no answer in time: the same Perform again, same key
        Transition retry = machine.onTimer(d, issued.run(), issued.run().wakeAt(), nobody);
        assertThat(retry.performs()).containsExactly(issue);

        Transition stale = machine.onActionResult(d, retry.run(), new ActionResult.CouponIssued("other", "X", ""), T0, nobody);
        assertThat(stale.effects()).isEmpty();

        Instant later = T0.plusSeconds(30);
        Transition sent = machine.onActionResult(d, retry.run(),
                new ActionResult.CouponIssued(issue.idempotencyKey(), "K7Q-9XZ", "10% off"), later, nobody);
        var message = (JourneyAction.SendMessage) sent.performs().getFirst().action();
        assertThat(message.data()).containsEntry("subject", "Use K7Q-9XZ").containsEntry("coupon_code", "K7Q-9XZ")
                .containsEntry("coupon_text", "10% off");
        assertThat(sent.finished()).isTrue();
    }

    @Test
    void aCouponThatCannotBeIssuedExitsTheRun() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'c', 'type': 'issue_coupon', 'coupon': 'cart-10', 'next': 'done'}, "
                + EXIT, ""));
        Transition issued = machine.enter(d, "ann", T0, nobody);
        String key = issued.performs().getFirst().idempotencyKey();
        Transition failed = machine.onActionResult(d, issued.run(), new ActionResult.Failed(key, "budget spent"), T0, nobody);
        assertThat(failed.exitReason()).contains("action failed at c: budget spent");
        assertThat(failed.finished()).isTrue();
    }
}
