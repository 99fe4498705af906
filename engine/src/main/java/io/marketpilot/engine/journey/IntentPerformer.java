package io.marketpilot.engine.journey;

import io.marketpilot.automation.channel.Message;
import io.marketpilot.automation.coupon.CouponCode;
import io.marketpilot.automation.coupon.IssueOutcome;
import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.automation.journey.ActionResult;
import io.marketpilot.automation.journey.JourneyAction;
import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.automation.journey.JourneyMachine;
import io.marketpilot.automation.journey.JourneyRun;
import io.marketpilot.automation.journey.Transition;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.state.StateDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Performs pending intents by their idempotency key, in the order they were decided. Messages and webhook calls
 * are recorded in the messaging outbox (one commit per batch, idempotent on the key; the guards run when the
 * outbox delivers), then marked done: a crash in between records nothing twice. A coupon's code is derived from
 * the key ({@link KeyedCouponCodes}), so re-issuing after a crash finds the code issued before; its result reaches
 * the waiting run in the transaction that marks the intent done. Set-trait and segment actions are idempotent
 * upserts. A failure is retried with backoff, at most {@link #ATTEMPTS} times.
 */
final class IntentPerformer {
    static final int ATTEMPTS = 6;
    /** The list trait that "add to / remove from segment" actions maintain; conditions test it with contains. */
    static final String LISTS_TRAIT = "segments";
    private final StateDatabase db;
    private final Definitions definitions;
    private final JourneyMachine machine;
    private final JourneyPorts ports;
    private final KeyedCouponCodes codes;
    private final Clock clock;
    private final int batch;

    IntentPerformer(StateDatabase db, Definitions definitions, JourneyMachine machine, JourneyPorts ports, Clock clock,
                    int batch) {
        this.db = db;
        this.definitions = definitions;
        this.machine = machine;
        this.ports = ports;
        this.codes = new KeyedCouponCodes(ports.secret());
        this.clock = clock;
        this.batch = batch;
    }

    /** Performs everything due now; returns how many intents were finished. */
    int run() {
        int finished = 0;
        while (true) {
            Instant now = clock.instant();
            List<IntentTable.Intent> due = db.read("due journey intents", c -> IntentTable.due(c, now, batch));
            if (due.isEmpty()) {
                return finished;
            }
            List<IntentTable.Intent> messages = new ArrayList<>();
            for (IntentTable.Intent i : due) {
                if (i.action() instanceof JourneyAction.SendMessage || i.action() instanceof JourneyAction.CallWebhook) {
                    messages.add(i);
                    continue;
                }
                finished += sendMessages(messages, now);
                messages.clear();
                finished += performOne(i, now);
            }
            finished += sendMessages(messages, now);
            // no early return on a short page: a coupon's result may have decided the next intents just now
        }
    }

    private int sendMessages(List<IntentTable.Intent> intents, Instant now) {
        if (intents.isEmpty()) {
            return 0;
        }
        List<Message> out = new ArrayList<>(intents.size());
        for (IntentTable.Intent i : intents) {
            out.add(message(i, CustomerLocale.of(ports, i.userId())));
        }
        ports.messaging().sendAll(out); // idempotent on the keys: after a crash the same keys record nothing new
        return db.write("journey messages recorded", c -> {
            for (IntentTable.Intent i : intents) {
                IntentTable.finish(c, i.key(), true, "recorded in the outbox", now);
            }
            return intents.size();
        });
    }

    static Message message(IntentTable.Intent i) {
        return message(i, null);
    }

    /** The message of an intent, rendered in {@code locale} (the customer's; null = English), as coupon_text is. */
    static Message message(IntentTable.Intent i, String locale) {
        return switch (i.action()) {
            case JourneyAction.SendMessage m -> new Message(i.key(), m.channel(), UserId.of(i.userId()), m.purpose(),
                    m.template(), locale, ActionCodec.with(ActionCodec.with(m.data(), "journey_id", i.journeyId()),
                            "journey_version", i.version()));
            case JourneyAction.CallWebhook w -> new Message(i.key(), w.channel(), UserId.of(i.userId()),
                    Purpose.TRANSACTIONAL, "journey_webhook", null, ActionCodec.with(ActionCodec.with(w.payload(),
                            "journey_id", i.journeyId()), "journey_version", i.version()));
            default -> throw new IllegalArgumentException("not a message: " + i.action());
        };
    }

    private int performOne(IntentTable.Intent i, Instant now) {
        try {
            switch (i.action()) {
                case JourneyAction.IssueCoupon ic -> {
                    CouponCode code = codes.codeFor(i.key());
                    IssueOutcome outcome = ports.coupons().issueOnce(ic.coupon(), UserId.of(i.userId()), code);
                    ActionResult result = switch (outcome) {
                        case IssueOutcome.Issued issued -> new ActionResult.CouponIssued(i.key(),
                                issued.coupon().code().display(), describe(ic, i.userId()));
                        case IssueOutcome.Refused r -> new ActionResult.Failed(i.key(),
                                r.reason().name().toLowerCase(java.util.Locale.ROOT) + ": " + r.detail());
                    };
                    return finish(i, result instanceof ActionResult.CouponIssued, result instanceof ActionResult.CouponIssued c
                            ? "issued " + c.code() : ((ActionResult.Failed) result).reason(), Optional.of(result), now);
                }
                case JourneyAction.SetTrait t -> {
                    CustomerUpdates.setTrait(ports, UserId.of(i.userId()), t.trait(), t.value());
                    return finish(i, true, "set " + t.trait(), Optional.empty(), now);
                }
                case JourneyAction.SegmentMembership s -> {
                    CustomerUpdates.list(ports, UserId.of(i.userId()), LISTS_TRAIT, s.segment().value(), s.add());
                    return finish(i, true, (s.add() ? "added to " : "removed from ") + s.segment().value(),
                            Optional.empty(), now);
                }
                default -> throw new IllegalStateException("messages are sent in batches");
            }
        } catch (RuntimeException e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (i.attempts() + 1 >= ATTEMPTS) {
                return finish(i, false, why, i.action() instanceof JourneyAction.IssueCoupon
                        ? Optional.of(new ActionResult.Failed(i.key(), why)) : Optional.empty(), now);
            }
            Instant next = now.plus(Duration.ofMinutes(1L << i.attempts()));
            db.write("retry journey intent", c -> {
                IntentTable.retry(c, i.key(), why, next);
                return null;
            });
            return 0;
        }
    }

    /** The discount as text in the customer's language (their {@code locale} trait, e.g. "zh-CN"; else English). */
    private String describe(JourneyAction.IssueCoupon ic, String user) {
        return ports.coupons().coupons().definition(ic.coupon())
                .map(d -> io.marketpilot.automation.coupon.DiscountText.of(d, CustomerLocale.of(ports, user)))
                .orElse(ic.coupon().value());
    }

    /** Marks the intent finished and, in the same transaction, tells the waiting run its result. */
    private int finish(IntentTable.Intent i, boolean done, String detail, Optional<ActionResult> result, Instant now) {
        return db.write("journey intent done", c -> {
            IntentTable.finish(c, i.key(), done, detail, now);
            if (result.isPresent()) {
                deliver(c, i, result.get(), now);
            }
            return 1;
        });
    }

    private void deliver(Connection c, IntentTable.Intent i, ActionResult result, Instant now) throws SQLException {
        Optional<RunRow> run = RunTable.byId(c, i.runId());
        if (run.isEmpty() || !run.get().open()) {
            return;
        }
        JourneyRun state = run.get().state();
        // the run's version, not the intent's: a migration may have moved the run since the intent was decided
        Optional<JourneyDefinition> d = definitions.version(state.journeyId().value(), state.version());
        if (d.isEmpty()) {
            return;
        }
        Transition t = machine.onActionResult(d.get(), state, result, now, new StoreCustomerView(ports, i.userId()));
        if (!t.effects().isEmpty() || !state.equals(t.run())) {
            TransitionWriter.apply(c, d.get(), run.get(), t, i.userId(), now);
        }
    }
}
