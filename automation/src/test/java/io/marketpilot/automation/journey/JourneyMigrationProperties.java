package io.marketpilot.automation.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Random journeys run for a while on version 1, then their waiting runs migrate to a version 2 (the same steps,
 * the same steps with other timings, or another random journey with a map to compatible steps; some runs wait for
 * a coupon when they move), then everything runs to the end on version 2: the migration is all or nothing, loses
 * no run, and no action is decided twice (an awaited coupon's retry keeps its key: the engine issues it once).
 */
class JourneyMigrationProperties {
    private static final String[] CUSTOMERS = {"ann", "bob", "cy", "di"};
    private static final EventType[] TYPES = {EventType.ADD_TO_CART, EventType.PURCHASE, EventType.VIEW};
    private static final Pattern TIMING = Pattern.compile("'(duration|timeout)': '(\\d+)([mh])'");

    @Property(tries = 400)
    void migratingNeverRepeatsAnActionNorLosesARun(@ForAll long journeySeed, @ForAll long otherSeed,
                                                   @ForAll long inputSeed) {
        Random r = new Random(inputSeed);
        JourneyDefinition v1 = Journeys.valid(RandomJourneys.journey(journeySeed));
        String kind = List.of("same steps", "other timings", "other journey").get(r.nextInt(3));
        String text = switch (kind) {
            case "same steps" -> RandomJourneys.journey(journeySeed);
            case "other timings" -> retimed(RandomJourneys.journey(journeySeed), r);
            default -> RandomJourneys.journey(otherSeed);
        };
        JourneyDefinition v2 = Journeys.valid(text).withVersion(2);
        Driver driver = new Driver(v1, r.nextBoolean() ? Journeys.view(Map.of("tier", "gold")) : CustomerView.unknown());
        driver.answerLater = r.nextBoolean(); // then runs may wait for a coupon when they migrate
        Instant now = drive(driver, r, Journeys.T0, 5 + r.nextInt(30));

        List<JourneyRun> waiting = driver.runs.values().stream().filter(JourneyRun::active).toList();
        Set<String> exitedBefore = new HashSet<>(driver.runs.keySet());
        waiting.forEach(run -> exitedBefore.remove(run.runId()));
        Map<String, String> map = compatibleMap(v1, v2, waiting, r);
        MigrationPlan plan = JourneyMigration.plan(v1, v2, map, waiting, now, c -> CustomerView.unknown());
        assertThat(JourneyMigration.plan(v1, v2, map, waiting, now, c -> CustomerView.unknown())).isEqualTo(plan);
        Statistics.label("outcome").collect(kind + ": " + plan.getClass().getSimpleName());
        if (plan instanceof MigrationPlan.Refused refused) {
            assertThat(refused.blockers()).isNotEmpty().allMatch(b -> v1.steps().containsKey(b.step()) && b.runs() > 0);
            return;
        }
        MigrationPlan.Planned planned = (MigrationPlan.Planned) plan;
        assertThat(planned.moves()).extracting(m -> m.before().runId())
                .containsExactlyElementsOf(waiting.stream().map(JourneyRun::runId).toList());
        for (MigrationPlan.Move m : planned.moves()) {
            assertThat(m.after().version()).isEqualTo(2);
            assertThat(m.after().stepId()).isEqualTo(map.getOrDefault(m.before().stepId(), m.before().stepId()));
            assertThat(m.after().sequence()).isEqualTo(m.before().sequence());
            assertThat(m.after().wakeAt()).isNotNull().isAfterOrEqualTo(now);
            if (kind.equals("same steps") && m.before().wakeAt().isAfter(now)) {
                assertThat(m.retimed()).as("same timing keeps the wake-up").isFalse();
            }
        }
        int performedBefore = driver.performed.size();
        Set<String> keysBefore = new HashSet<>();
        driver.performed.forEach(p -> keysBefore.add(p.idempotencyKey()));
        driver.migrate(v2, planned, now);
        for (JourneyRun run : waiting) {
            assertThat(driver.runs.get(run.runId())).as("migrated run %s is kept", run.runId()).isNotNull();
        }
        exitedBefore.forEach(id -> assertThat(driver.runs.get(id).version()).isEqualTo(1));
        driver.answerLater = false;
        driver.answer(now); // the coupons the migrated runs waited for: their results reach the runs on version 2

        now = drive(driver, r, now, 5 + r.nextInt(30));
        driver.advanceTo(now.plus(Duration.ofDays(40)));
        List<String> after = new ArrayList<>();
        driver.performed.subList(performedBefore, driver.performed.size()).forEach(p -> after.add(p.idempotencyKey()));
        // the only key that may come again is an awaited coupon's: its retry, which the engine performs once
        assertThat(after).as("no action decided before the migration is decided again")
                .allMatch(k -> !keysBefore.contains(k) || driver.awaited.contains(k));
        Set<String> once = new HashSet<>();
        assertThat(after).as("every other key once").allMatch(k -> once.add(k) || driver.awaited.contains(k));
        Statistics.label("runs waiting for a coupon").collect(waiting.stream().anyMatch(w -> w.awaiting() != null));
        for (JourneyRun run : waiting) {
            List<JourneyEffect> fx = driver.byRun.get(run.runId());
            int migrated = fx.indexOf(planned.moves().stream().filter(m -> m.before().equals(run)).findFirst()
                    .orElseThrow().transition().effects().getFirst());
            // a random journey may loop through waits for ever (a branch back to an earlier wait)
            boolean ended = fx.subList(migrated, fx.size()).stream().anyMatch(JourneyEffect.Exited.class::isInstance);
            assertThat(ended || driver.runs.get(run.runId()).version() == 2)
                    .as("a migrated run ends or goes on, on version 2").isTrue();
        }
        Statistics.label("runs migrated").collect(waiting.isEmpty() ? "none" : "some");
    }

    /** A map from each step where runs wait to a random step of {@code to} that can hold them, when needed. */
    private static Map<String, String> compatibleMap(JourneyDefinition from, JourneyDefinition to,
                                                     List<JourneyRun> waiting, Random r) {
        Map<String, String> map = new HashMap<>();
        for (JourneyRun run : waiting) {
            Step here = to.steps().get(run.stepId());
            boolean fits = here != null && (run.holdout() ? here instanceof Step.Split : here.waits());
            if (!fits && !map.containsKey(run.stepId())) {
                List<String> candidates = to.steps().values().stream()
                        .filter(s -> run.holdout() ? s instanceof Step.Split : s.waits()).map(Step::id).toList();
                if (!candidates.isEmpty()) {
                    map.put(run.stepId(), candidates.get(r.nextInt(candidates.size())));
                }
            }
        }
        return map;
    }

    private static String retimed(String journey, Random r) {
        Matcher m = TIMING.matcher(journey);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int value = r.nextBoolean() ? Integer.parseInt(m.group(2)) : 1 + r.nextInt(60);
            m.appendReplacement(out, "'" + m.group(1) + "': '" + value + m.group(3) + "'");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Instant drive(Driver driver, Random r, Instant from, int inputs) {
        Instant now = from;
        for (int i = 0; i < inputs; i++) {
            now = now.plus(Duration.ofMinutes(r.nextInt(r.nextBoolean() ? 30 : 600)));
            if (driver.answerLater && r.nextInt(3) == 0) {
                driver.answer(now);
            }
            if (r.nextInt(4) == 0) {
                driver.advanceTo(now);
            } else {
                driver.event(Journeys.event(TYPES[r.nextInt(TYPES.length)], CUSTOMERS[r.nextInt(CUSTOMERS.length)],
                        now), now);
            }
        }
        driver.advanceTo(now);
        return now;
    }
}
