package io.marketpilot.automation.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefinitionParserTest {
    private static final SegmentDefinition VIP = new SegmentDefinition(new SegmentId("vip"), "VIP", "",
            new Condition.InSegment(new SegmentId("big-spenders")));
    private static final SegmentDefinition BIG = new SegmentDefinition(new SegmentId("big-spenders"), "Big", "",
            new Condition.Fact(FactKind.TRAIT, "tier", FactOp.EXISTS, new Operand.None()));

    private final DefinitionParser parser = new DefinitionParser(id -> id.equals(VIP.id()) ? Optional.of(VIP)
            : id.equals(BIG.id()) ? Optional.of(BIG) : Optional.empty());

    @Test
    void readsThePhoneBuyersExample() {
        Parsed p = parser.parse(Map.of("id", "phone-buyers", "name", "Phone buyers", "condition", Map.of("all", List.of(
                Map.of("performed", Map.of("type", "purchase", "category", "手机"), "measure", "quantity", "op", ">=",
                        "value", 2, "window", "30d"),
                Map.of("trait", "city", "op", "in", "value", List.of("上海", "北京")),
                Map.of("first", Map.of("type", "add_to_cart"), "not_then", Map.of("type", "purchase"),
                        "within", "1d", "window", "7d"),
                Map.of("not", Map.of("segment", "vip")),
                Map.of("trait", "signed_up", "op", "<", "value", Map.of("ago", "30d"))))));

        assertThat(p).isInstanceOf(Parsed.Valid.class);
        var all = (Condition.All) ((Parsed.Valid) p).definition().condition();
        assertThat(all.children().getFirst()).isEqualTo(new Condition.Performed(new EventFilter(
                java.util.Set.of(io.marketpilot.core.event.EventType.PURCHASE), java.util.Set.of(), java.util.Set.of("手机")),
                new Measure.Quantity(), Compare.GE, 2, new Window(30, 'd')));
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        Parsed p = parser.parse(Map.of("id", "Bad Id", "condition", Map.of("all", List.of(
                Map.of("trait", "city", "op", "~", "value", 1),
                Map.of("performed", Map.of("type", "buy"), "op", ">=", "value", "two", "window", "x"),
                Map.of("first", Map.of(), "then", Map.of(), "within", "30d", "window", "7d"),
                Map.of("segment", "nope"),
                Map.of("colour", "red")))));

        assertThat(((Parsed.Invalid) p).problems()).extracting(Problem::path).containsExactly(
                "$.id",
                "$.condition.all[0].op",
                "$.condition.all[1].performed.type",
                "$.condition.all[1].value",
                "$.condition.all[1].window",
                "$.condition.all[2].within",
                "$.condition.all[4]",
                "$.condition.all[3].segment"); // references are checked after the tree is read
        assertThat(((Parsed.Invalid) p).problems().get(4).message())
                .isEqualTo("expected a duration like \"30d\" (a whole number and s, m, h, d or w), found \"x\"");
    }

    @Test
    void rejectsUnknownReferencesSelfReferenceAndCycles() {
        Parsed unknown = parser.parse(Map.of("id", "a", "condition", Map.of("any", List.of(Map.of("segment", "nope"),
                Map.of("segment", "a")))));
        assertThat(((Parsed.Invalid) unknown).problems()).extracting(Problem::toString).containsExactly(
                "$.condition.any[0].segment: no segment \"nope\"; create it first",
                "$.condition.any[1].segment: a segment cannot contain itself (\"a\")");

        // redefining big-spenders to use vip (which uses big-spenders) would loop
        Parsed cycle = parser.parse(Map.of("id", "big-spenders", "condition", Map.of("segment", "vip")));
        assertThat(((Parsed.Invalid) cycle).problems()).extracting(Problem::path).containsExactly("$.condition.segment");
    }

    @Test
    void rejectsUnknownFieldsAndBadOperands() {
        Parsed p = parser.parse(Map.of("id", "x", "extra", 1, "condition", Map.of("all", List.of(
                Map.of("trait", "age", "op", "between", "value", List.of(40, 18)),
                Map.of("trait", "age", "op", "exists", "value", 1),
                Map.of("trait", "age", "op", "<", "value", "soon")))));
        assertThat(((Parsed.Invalid) p).problems()).extracting(Problem::path).containsExactly(
                "$.extra", "$.condition.all[0].value", "$.condition.all[1].value", "$.condition.all[2].value");
    }
}
