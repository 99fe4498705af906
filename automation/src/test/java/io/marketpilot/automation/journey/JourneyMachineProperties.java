package io.marketpilot.automation.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * For random valid journeys and random event/timer sequences: an idempotency key always names one action, every
 * transition is finite, and replaying the same inputs gives the same effects.
 */
class JourneyMachineProperties {
    private static final String[] CUSTOMERS = {"ann", "bob", "cy"};
    private static final EventType[] TYPES = {EventType.ADD_TO_CART, EventType.PURCHASE, EventType.VIEW};

    @Property(tries = 300)
    void keysNameOneActionTransitionsAreFiniteAndReplaysAreIdentical(@ForAll long journeySeed, @ForAll long inputSeed) {
        Object json = Journeys.json(RandomJourneys.journey(journeySeed));
        ParsedJourney parsed = new JourneyParser().parse(json, Journeys.SHOP);
        assertThat(parsed.problems()).as(RandomJourneys.journey(journeySeed)).isEmpty();
        JourneyDefinition d = parsed.orThrow();

        Driver first = run(d, inputSeed);
        Driver replay = run(d, inputSeed);
        assertThat(replay.log).isEqualTo(first.log);
        assertThat(replay.runs).isEqualTo(first.runs);

        Map<String, JourneyAction> byKey = new HashMap<>();
        for (JourneyEffect.Perform p : first.performed) {
            JourneyAction earlier = byKey.putIfAbsent(p.idempotencyKey(), p.action());
            assertThat(earlier == null || earlier.equals(p.action())).as("key %s names two actions", p.idempotencyKey())
                    .isTrue();
        }
        first.byRun.forEach((run, effects) -> runInvariants(run, effects));
        Statistics.label("actions performed").collect(first.performed.isEmpty() ? "none" : "some");
        Statistics.label("a step revisited").collect(first.performed.stream()
                .map(p -> p.idempotencyKey().substring(0, p.idempotencyKey().lastIndexOf(':'))).distinct().count()
                < first.performed.stream().map(JourneyEffect.Perform::idempotencyKey).distinct().count());
        // a transition passes each step at most once: its effects are bounded by the journey's size
        int bound = 4 * d.steps().size() + 4;
        assertThat(first.log.size()).isLessThanOrEqualTo(first.transitions * bound);
    }

    /**
     * Found by the property: two triggering events of one customer at the same instant entered twice under one run
     * id (re-entry "always", the first run over at once); the runtime and the driver allow one entry per instant.
     */
    @net.jqwik.api.Example
    void twoEntriesAtTheSameInstantShareNoRun() {
        keysNameOneActionTransitionsAreFiniteAndReplaysAreIdentical(-89L, -199536L);
    }

    /** One entry, at most one exit and one conversion; no action after the exit or for a held-out customer. */
    private static void runInvariants(String run, List<JourneyEffect> effects) {
        assertThat(effects.getFirst()).as(run).isInstanceOf(JourneyEffect.Entered.class);
        assertThat(effects.stream().filter(JourneyEffect.Entered.class::isInstance).count()).isEqualTo(1);
        assertThat(effects.stream().filter(JourneyEffect.Exited.class::isInstance).count()).isLessThanOrEqualTo(1);
        assertThat(effects.stream().filter(JourneyEffect.Converted.class::isInstance).count()).isLessThanOrEqualTo(1);
        boolean over = false;
        for (JourneyEffect e : effects) {
            if (e instanceof JourneyEffect.Exited || e instanceof JourneyEffect.ArmAssigned a && a.arm().equals("holdout")) {
                over = true;
            }
            if (e instanceof JourneyEffect.Perform p) {
                assertThat(over).as("%s acts after its exit or while held out: %s", run, effects).isFalse();
            }
        }
    }

    private static Driver run(JourneyDefinition d, long seed) {
        Random r = new Random(seed);
        CustomerView view = Journeys.view(Map.of("tier", "gold"));
        Driver driver = new Driver(d, r.nextBoolean() ? view : CustomerView.unknown());
        Instant now = Journeys.T0;
        int inputs = 5 + r.nextInt(40);
        for (int i = 0; i < inputs; i++) {
            now = now.plus(Duration.ofMinutes(r.nextInt(r.nextBoolean() ? 30 : 3000)));
            if (r.nextInt(4) == 0) {
                driver.advanceTo(now);
            } else {
                String who = CUSTOMERS[r.nextInt(CUSTOMERS.length)];
                driver.event(Journeys.event(TYPES[r.nextInt(TYPES.length)], who, now), now);
            }
        }
        driver.advanceTo(now.plus(Duration.ofDays(30)));
        return driver;
    }

    @Property(tries = 300)
    void aRunThroughStepsThatDoNotWaitEndsInItsFirstTransition(@ForAll long seed) {
        JourneyDefinition d = new JourneyParser().parse(Journeys.json(RandomJourneys.journey(seed, true)),
                Journeys.SHOP).orThrow();
        for (String customer : CUSTOMERS) {
            Transition t = new JourneyMachine().enter(d, customer, Journeys.T0, CustomerView.unknown());
            assertThat(t.finished() || !t.run().active() || t.run().holdout()).as("%s", t).isTrue();
            assertThat(t.exitReason().isPresent() || t.run().holdout()).isTrue();
            assertThat(t.effects().size()).isLessThanOrEqualTo(3 * d.steps().size() + 2);
        }
    }

    @Property(tries = 300)
    void validationIsTotalOnBrokenJourneys(@ForAll long seed) {
        Random r = new Random(seed);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Journeys.json(RandomJourneys.journey(seed));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) json.get("steps");
        Object[] junk = {null, "", "s99", -1, 1e9, List.of(), Map.of(), true, "PT", "25:61", "* * *"};
        for (int i = 0; i < 1 + r.nextInt(3); i++) {
            Map<String, Object> step = steps.get(r.nextInt(steps.size()));
            String key = List.copyOf(step.keySet()).get(r.nextInt(step.size()));
            if (r.nextBoolean()) {
                step.remove(key);
            } else {
                step.put(key, junk[r.nextInt(junk.length)]);
            }
        }
        ParsedJourney parsed = new JourneyParser().parse(json, Journeys.SHOP);
        assertThat(parsed.problems()).allMatch(p -> p.path().startsWith("$") && !p.message().isBlank());
    }
}
