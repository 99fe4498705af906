package io.marketpilot.automation.journey;

import static io.marketpilot.automation.journey.Journeys.SHOP;
import static io.marketpilot.automation.journey.Journeys.journey;
import static io.marketpilot.automation.journey.Journeys.json;
import static io.marketpilot.automation.journey.Journeys.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.segment.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyParserTest {
    private static final String EXIT = "{'id': 'done', 'type': 'exit'}";

    private static List<String> paths(ParsedJourney p) {
        return p.problems().stream().map(Problem::path).toList();
    }

    private static String problemAt(ParsedJourney p, String path) {
        return p.problems().stream().filter(x -> x.path().equals(path)).map(Problem::message).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + p.problems()));
    }

    @Test
    void readsAWholeJourney() {
        JourneyDefinition d = Journeys.valid(journey("{'id': 'w', 'type': 'wait', 'duration': '1h', 'next': 'done'}, "
                + EXIT, "'version': 3, 'name': 'Cart', 'time_zone': 'Europe/Paris', 're_entry': {'after': '7d'},"
                + " 'limits': {'max_concurrent_runs': 5}, 'goal': {'event': {'type': 'purchase'}, 'window': 'P7D'},"
                + " 'exit_rules': [{'reason': 'purchased', 'event': {'type': 'purchase'}}]"));
        assertThat(d.id()).isEqualTo(JourneyId.of("j"));
        assertThat(d.version()).isEqualTo(3);
        assertThat(d.zone().getId()).isEqualTo("Europe/Paris");
        assertThat(d.entry()).isEqualTo("w");
        assertThat(d.step("w")).isEqualTo(new Step.Wait("w", Duration.ofHours(1), "done"));
        assertThat(d.reEntry()).isEqualTo(new ReEntry.After(Duration.ofDays(7)));
        assertThat(d.limits()).isEqualTo(new Limits(5, 0));
        assertThat(d.goal().window()).isEqualTo(Duration.ofDays(7));
        assertThat(d.exitRules()).extracting(ExitRule::reason).containsExactly("purchased");
    }

    @Test
    void defaultsToTheShopZoneVersionOneAndNoReEntry() {
        JourneyDefinition d = Journeys.valid(journey(EXIT, ""));
        assertThat(d.zone()).isEqualTo(SHOP.zone());
        assertThat(d.version()).isEqualTo(1);
        assertThat(d.reEntry()).isEqualTo(new ReEntry.Never());
        assertThat(d.goal()).isNull();
    }

    @Test
    void unknownStepTypeIsReportedAtItsPath() {
        ParsedJourney p = parse(journey("{'id': 'x', 'type': 'teleport', 'next': 'done'}, " + EXIT, ""));
        assertThat(problemAt(p, "$.steps[0].type")).contains("unknown step type \"teleport\"").contains("wait_for_event");
    }

    @Test
    void aNextThatNamesNoStep() {
        ParsedJourney p = parse(journey("{'id': 'w', 'type': 'wait', 'duration': '1h', 'next': 'dnoe'}, " + EXIT, ""));
        assertThat(problemAt(p, "$.steps[0].next")).isEqualTo("no step \"dnoe\"; steps are [w, done]");
    }

    @Test
    void unreachableStepsAndStepsWithoutAWayOut() {
        ParsedJourney p = parse(journey("{'id': 'w', 'type': 'wait', 'duration': '1h', 'next': 'loop'},"
                + " {'id': 'loop', 'type': 'wait', 'duration': '1d', 'next': 'w'},"
                + " {'id': 'orphan', 'type': 'wait', 'duration': '1d', 'next': 'done'}, " + EXIT, ""));
        assertThat(paths(p)).containsExactlyInAnyOrder("$.steps[0]", "$.steps[1]", "$.steps[2]", "$.steps[3]");
        assertThat(problemAt(p, "$.steps[2]")).contains("\"orphan\" is unreachable");
        assertThat(problemAt(p, "$.steps[0]")).contains("no path from step \"w\" reaches an exit");
        assertThat(problemAt(p, "$.steps[3]")).contains("\"done\" is unreachable");
    }

    @Test
    void aJourneyWithoutAnyExitStep() {
        ParsedJourney p = parse(journey("{'id': 'w', 'type': 'wait', 'duration': '1h', 'next': 'w'}", ""));
        assertThat(problemAt(p, "$.steps")).startsWith("no exit step");
    }

    @Test
    void loopsWithoutAWaitAreRejectedButLoopsWithAWaitAreFine() {
        String branch = "{'id': 'b', 'type': 'branch', 'condition': {'trait': 'vip', 'op': '=', 'value': true},"
                + " 'then': 'done', 'else': 'tag'},"
                + " {'id': 'tag', 'type': 'set_trait', 'trait': 'seen', 'value': 1, 'next': 'b'}, " + EXIT;
        ParsedJourney p = parse(journey(branch, ""));
        assertThat(p.problems()).hasSize(1);
        assertThat(p.problems().getFirst().message()).isEqualTo("steps b → tag → b loop without a wait; put a wait step in the loop");

        String polling = "{'id': 'b', 'type': 'branch', 'condition': {'trait': 'vip', 'op': '=', 'value': true},"
                + " 'then': 'done', 'else': 'nap'},"
                + " {'id': 'nap', 'type': 'wait', 'duration': '1d', 'next': 'b'}, " + EXIT;
        assertThat(parse(journey(polling, "")).problems()).isEmpty();
    }

    @Test
    void templateVariablesMustExistOnEveryPath() {
        String steps = "{'id': 'b', 'type': 'branch', 'condition': {'segment': 'vip'}, 'then': 'c', 'else': 'send'},"
                + " {'id': 'c', 'type': 'issue_coupon', 'coupon': 'cart-10', 'next': 'send'},"
                + " {'id': 'send', 'type': 'send_message', 'channel': 'email', 'template': 'coupon',"
                + "  'data': {'subject': 'Hi {{customer.name}}: {{coupon_code}} at {{shop_url}} {{nonsense}}'},"
                + "  'next': 'done'}, " + EXIT;
        ParsedJourney p = parse(journey(steps, ""));
        assertThat(p.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "$.steps[2].template: the template needs data.coupon_code, which is not set on every path to step"
                        + " \"send\"; issue a coupon on every path before this step (available here: [])",
                "$.steps[2].template: the template needs data.coupon_text, which is not set on every path to step"
                        + " \"send\"; issue a coupon on every path before this step (available here: [])",
                "$.steps[2].data.subject: variable \"coupon_code\" is not set on every path to step \"send\"; issue a"
                        + " coupon on every path before this step (available here: [])",
                "$.steps[2].data.subject: unknown variable \"nonsense\": not a message variable (customer.<trait>,"
                        + " journey.id, journey.version, run.id, shop_url) nor set on every path to step \"send\""
                        + " (available here: [])");
    }

    @Test
    void aCouponIssuedOnEveryPathIsAvailable() {
        String steps = "{'id': 'b', 'type': 'branch', 'condition': {'segment': 'vip'}, 'then': 'c20', 'else': 'c10'},"
                + " {'id': 'c20', 'type': 'issue_coupon', 'coupon': 'winback-20', 'next': 'send'},"
                + " {'id': 'c10', 'type': 'issue_coupon', 'coupon': 'winback-10', 'next': 'send'},"
                + " {'id': 'send', 'type': 'send_message', 'channel': 'email', 'template': 'coupon',"
                + "  'data': {'subject': '{{coupon_code}}'}, 'next': 'done'}, " + EXIT;
        assertThat(parse(journey(steps, "")).problems()).isEmpty();
    }

    @Test
    void unknownChannelCouponSegmentAndTemplate() {
        String steps = "{'id': 'a', 'type': 'send_message', 'channel': 'sms', 'template': 'nope', 'next': 'b'},"
                + " {'id': 'b', 'type': 'issue_coupon', 'coupon': 'free-car', 'next': 'c'},"
                + " {'id': 'c', 'type': 'add_to_segment', 'segment': 'ghosts', 'next': 'd'},"
                + " {'id': 'd', 'type': 'branch', 'condition': {'segment': 'nobody'}, 'then': 'done', 'else': 'done'}, "
                + EXIT;
        ParsedJourney p = parse(journey(steps, ""));
        assertThat(paths(p)).containsExactlyInAnyOrder("$.steps[0].channel", "$.steps[0].template",
                "$.steps[1].coupon", "$.steps[2].segment", "$.steps[3].condition.segment");
        assertThat(problemAt(p, "$.steps[0].channel")).isEqualTo("no channel \"sms\"; known: [crm-webhook, email]");
        assertThat(new JourneyParser().parse(json(journey(steps, "")), JourneyCatalogue.OPEN).problems()).isEmpty();
    }

    @Test
    void badDurationsTimesCronZonesAndHoldouts() {
        String steps = "{'id': 'a', 'type': 'wait', 'duration': '1 hour', 'next': 'b'},"
                + " {'id': 'b', 'type': 'wait', 'duration': 'PT0S', 'next': 'c'},"
                + " {'id': 'c', 'type': 'wait_until', 'time': '25:00', 'next': 's'},"
                + " {'id': 's', 'type': 'split', 'holdout_percent': 100, 'arms': [{'name': 'x', 'next': 'done'}]}, " + EXIT;
        ParsedJourney p = parse("{'id': 'j', 'time_zone': 'Mars/Olympus', 'trigger': {'type': 'schedule',"
                + " 'cron': '0 25 * * *'}, 'steps': [" + steps + "]}");
        assertThat(paths(p)).containsExactlyInAnyOrder("$.time_zone", "$.trigger.cron", "$.steps[0].duration",
                "$.steps[1].duration", "$.steps[2].time", "$.steps[3].holdout_percent");
        assertThat(problemAt(p, "$.trigger.cron")).isEqualTo("hour: expected 0-23, found 25");
        assertThat(problemAt(p, "$.steps[0].duration")).startsWith("expected a duration like \"30m\"");
    }

    @Test
    void unknownFieldsAndTriggerTypes() {
        ParsedJourney p = parse("{'id': 'j', 'colour': 'red', 'trigger': {'type': 'moon'}, 'steps': [" + EXIT + "]}");
        assertThat(paths(p)).containsExactlyInAnyOrder("$.colour", "$.trigger.type");
    }

    @Test
    void aNewVersionKeepsTheId() {
        JourneyParser parser = new JourneyParser();
        JourneyDefinition v1 = Journeys.valid(journey(EXIT, ""));
        Object revised = json("{'trigger': {'type': 'segment_entered', 'segment': 'vip'}, 'steps': [" + EXIT + "]}");
        JourneyDefinition v2 = parser.parseRevision(revised, SHOP, v1).orThrow();
        assertThat(v2.id()).isEqualTo(v1.id());
        assertThat(v2.version()).isEqualTo(2);

        ParsedJourney renamed = parser.parseRevision(json(journey(EXIT, "").replace("'j'", "'k'")), SHOP, v2);
        assertThat(problemAt(renamed, "$.id")).isEqualTo("a new version keeps the id \"j\", found \"k\"");
        ParsedJourney stale = parser.parseRevision(json(journey(EXIT, "'version': 2")), SHOP, v2);
        assertThat(problemAt(stale, "$.version")).isEqualTo("the next version of \"j\" is 3, found 2");
    }

    @Test
    void notAnObjectAtAll() {
        assertThat(new JourneyParser().parse(List.of(), SHOP).problems()).extracting(Problem::path).containsExactly("$");
    }
}
