package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.EntryHistory;
import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.automation.journey.JourneyMachine;
import io.marketpilot.automation.journey.Transition;
import io.marketpilot.automation.journey.Trigger;
import io.marketpilot.automation.journey.Triggers;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.state.StateDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trigger timers due now: a schedule enters its audience (every customer without one) at the fire instant, in
 * transactions of {@code batch} customers, then re-arms; a date sweep arms each customer's date timer for the
 * coming day; a customer's date or inactivity timer enters them. Entries use the timer's instant, so replaying a
 * fire after a crash derives the same run ids and enters nobody twice.
 */
final class TriggerPass {
    static final Duration SWEEP = Duration.ofDays(1);
    /**
     * A campaign commits {@code batch * CAMPAIGN_COMMIT_FACTOR} entries per transaction: each commit is an fsync,
     * and a crash loses only the uncommitted chunk, which the replayed fire (same instant, same run ids) enters.
     */
    static final int CAMPAIGN_COMMIT_FACTOR = 10;
    private final StateDatabase db;
    private final Definitions definitions;
    private final JourneyMachine machine;
    private final JourneyPorts ports;
    private final int batch;

    TriggerPass(StateDatabase db, Definitions definitions, JourneyMachine machine, JourneyPorts ports, int batch) {
        this.db = db;
        this.definitions = definitions;
        this.machine = machine;
        this.ports = ports;
        this.batch = batch;
    }

    /**
     * Arms the journey's own timer when it is activated or a new version is saved; an inactivity journey arms every
     * customer's deadline from the purchase history instead (nothing for other triggers).
     */
    void arm(Connection c, JourneyDefinition d, Instant now) throws SQLException {
        String id = d.id().value();
        switch (d.trigger()) {
            case Trigger.Schedule s -> {
                Optional<Instant> next = Triggers.nextScheduled(d, now);
                if (next.isPresent()) {
                    TriggerTimerTable.arm(c, id, TriggerTimerTable.JOURNEY, next.get());
                } else {
                    TriggerTimerTable.disarm(c, id, TriggerTimerTable.JOURNEY);
                }
            }
            case Trigger.DateAttribute a -> TriggerTimerTable.arm(c, id, TriggerTimerTable.JOURNEY, now);
            case Trigger.Inactivity t -> {
                TriggerTimerTable.disarm(c, id, TriggerTimerTable.JOURNEY);
                InactivityTimers.fromHistory(c, d, t, now, ports.lastPurchases());
            }
            default -> TriggerTimerTable.disarm(c, id, TriggerTimerTable.JOURNEY);
        }
    }

    int run(Instant now) {
        int entered = 0;
        while (true) {
            List<String> journeys = definitions.activeIds();
            List<TriggerTimerTable.Timer> due = db.read("due journey triggers",
                    c -> TriggerTimerTable.due(c, now, journeys, batch));
            if (due.isEmpty()) {
                return entered;
            }
            for (TriggerTimerTable.Timer t : due) {
                JourneyDefinition d = definitions.journey(t.journeyId()).orElseThrow().latest();
                entered += t.ofJourney() ? fireJourney(d, t, now) : fireCustomer(d, t);
            }
        }
    }

    private int fireJourney(JourneyDefinition d, TriggerTimerTable.Timer t, Instant now) {
        int entered = 0;
        if (d.trigger() instanceof Trigger.Schedule s) {
            entered = campaign(d, s, t.wakeAt());
        } else if (d.trigger() instanceof Trigger.DateAttribute a) {
            sweep(d, a, t.wakeAt());
        }
        db.write("re-arm " + d.id(), c -> {
            if (d.trigger() instanceof Trigger.DateAttribute) {
                Instant next = t.wakeAt().plus(SWEEP);
                TriggerTimerTable.arm(c, d.id().value(), TriggerTimerTable.JOURNEY, next.isAfter(now) ? next : now.plus(SWEEP));
            } else {
                arm(c, d, now.isAfter(t.wakeAt()) ? now : t.wakeAt());
            }
            return null;
        });
        return entered;
    }

    private int fireCustomer(JourneyDefinition d, TriggerTimerTable.Timer t) {
        return db.write("journey trigger " + d.id(), c -> {
            int n = enter(c, d, List.of(t.userId()), t.wakeAt());
            TriggerTimerTable.disarm(c, d.id().value(), t.userId());
            return n;
        });
    }

    /** Every member of the audience (every customer without one) enters at the fire instant. */
    private int campaign(JourneyDefinition d, Trigger.Schedule s, Instant at) {
        int[] entered = {0};
        int commitEvery = batch * CAMPAIGN_COMMIT_FACTOR;
        List<String> chunk = new ArrayList<>(commitEvery);
        Runnable flush = () -> {
            List<String> users = List.copyOf(chunk);
            chunk.clear();
            entered[0] += db.write("journey campaign " + d.id(), c -> enter(c, d, users, at));
        };
        if (s.audience() == null) {
            ports.allCustomers().accept(customer -> {
                chunk.add(customer.id().value());
                if (chunk.size() >= commitEvery) {
                    flush.run();
                }
            });
        } else {
            String after = null;
            List<UserId> page;
            do {
                page = ports.segments().members(s.audience().value(), after, commitEvery).orElse(List.of());
                page.forEach(u -> chunk.add(u.value()));
                flush.run();
                after = page.isEmpty() ? null : page.getLast().value();
            } while (page.size() == commitEvery);
        }
        if (!chunk.isEmpty()) {
            flush.run();
        }
        return entered[0];
    }

    /** Arms a date timer for each customer whose date falls within the coming sweep period. */
    private void sweep(JourneyDefinition d, Trigger.DateAttribute a, Instant from) {
        List<Customer> chunk = new ArrayList<>(batch);
        Runnable flush = () -> {
            List<Customer> customers = List.copyOf(chunk);
            chunk.clear();
            db.write("journey date sweep " + d.id(), c -> {
                for (Customer customer : customers) {
                    StoreCustomerView view = new StoreCustomerView(ports, customer.id().value());
                    Object value = view.facts().get(a.kind(), a.name());
                    Optional<Instant> fire = value == null ? Optional.empty()
                            : Triggers.nextDateFire(a, value, view.zone().orElse(d.zone()), from.minusMillis(1));
                    if (fire.isPresent() && fire.get().isBefore(from.plus(SWEEP))) {
                        TriggerTimerTable.arm(c, d.id().value(), customer.id().value(), fire.get());
                    }
                }
                return null;
            });
        };
        ports.allCustomers().accept(customer -> {
            chunk.add(customer);
            if (chunk.size() >= batch) {
                flush.run();
            }
        });
        if (!chunk.isEmpty()) {
            flush.run();
        }
    }

    /** Enters each customer the entry policy allows, at {@code at}; returns how many entered. */
    int enter(Connection c, JourneyDefinition d, List<String> users, Instant at) throws SQLException {
        Map<String, EntryHistory> histories = RunTable.histories(c, d.id().value(), users);
        long running = d.limits().maxConcurrentRuns() > 0 ? RunTable.activeCount(c, d.id().value()) : 0;
        int n = 0;
        for (String user : users) {
            if (!Entering.allowed(c, d, user, histories.getOrDefault(user, EntryHistory.NONE), running, at)) {
                continue;
            }
            Transition t = machine.enter(d, user, at, new StoreCustomerView(ports, user));
            RunRow row = TransitionWriter.apply(c, d, null, t, user, at);
            running += row.active() ? 1 : 0;
            n++;
        }
        return n;
    }
}
