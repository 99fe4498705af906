package io.marketpilot.experiments.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignerTest {
    private static final List<Variant> AB = List.of(Variant.of("a", 1), Variant.of("b", 1));

    @Test
    void experimentsInOneLayerNeverShareAUnit() {
        ExperimentDesign left = new ExperimentDesign("s1", "home", new LayerRange(0, 0.5), 1, null, AB);
        ExperimentDesign right = new ExperimentDesign("s2", "home", new LayerRange(0.5, 1), 1, null, AB);
        Assigner assigner = Assigner.plain();
        int inLeft = 0;
        for (int i = 0; i < 50_000; i++) {
            boolean l = assigner.assign("l", left, "u" + i) instanceof Assignment.Assigned;
            boolean r = assigner.assign("r", right, "u" + i) instanceof Assignment.Assigned;
            assertThat(l && r).isFalse();
            assertThat(l || r).isTrue();
            inLeft += l ? 1 : 0;
        }
        assertThat(inLeft / 50_000.0).isCloseTo(0.5, within(0.01));
    }

    @Test
    void holdoutUnitsAreInNoExperimentAndTargetingFilters() {
        Set<String> vip = Set.of("u1", "u2", "u3");
        Assigner assigner = new Assigner(new Holdout("global", 0.1), segment -> vip::contains, StickyAssignments.NONE);
        ExperimentDesign targeted = new ExperimentDesign("s", null, LayerRange.WHOLE, 1, "vip", AB);
        int held = 0;
        for (int i = 0; i < 20_000; i++) {
            Assignment a = assigner.assign("e", ExperimentDesign.simple("s", AB), "x" + i);
            held += a.equals(new Assignment.NotAssigned(Assignment.Reason.HOLDOUT)) ? 1 : 0;
        }
        assertThat(held / 20_000.0).isCloseTo(0.1, within(0.01));
        assertThat(assigner.assign("e", targeted, "nobody")).isEqualTo(
                new Assignment.NotAssigned(Assignment.Reason.NOT_TARGETED));
    }

    @Test
    void exposedUnitsKeepTheirVariantWhenWeightsChange() {
        Assigner assigner = new Assigner(Holdout.NONE, SegmentDirectory.NONE, new InMemoryStickyAssignments());
        ExperimentDesign before = ExperimentDesign.simple("s", AB);
        ExperimentDesign after = before.withVariants(List.of(Variant.of("a", 1), Variant.of("b", 9)));
        int moved = 0;
        for (int i = 0; i < 10_000; i++) {
            String unit = "u" + i;
            Variant v = ((Assignment.Assigned) assigner.assign("e", before, unit)).variant();
            if (i % 2 == 0) {
                assigner.exposed("e", unit, v.key());
                assertThat(((Assignment.Assigned) assigner.assign("e", after, unit)).variant().key()).isEqualTo(v.key());
            } else if (!((Assignment.Assigned) assigner.assign("e", after, unit)).variant().key().equals(v.key())) {
                moved++;
            }
        }
        // never-exposed units move only between the old boundary (0.5) and the new one (0.1): about 40 %
        assertThat(moved / 5_000.0).isCloseTo(0.4, within(0.03));
    }

    @Test
    void designRejectsBadInputPrecisely() {
        assertThatThrownBy(() -> ExperimentDesign.simple("s", List.of(Variant.of("a", 1))))
                .hasMessage("an experiment needs at least 2 variants, found 1");
        assertThatThrownBy(() -> ExperimentDesign.simple("s", List.of(Variant.of("a", 1), Variant.of("a", 2))))
                .hasMessage("variant keys must be unique, 'a' repeats");
        assertThatThrownBy(() -> Variant.of("a", -1)).hasMessage("variant 'a': weight must be a positive number, found -1.0");
        assertThatThrownBy(() -> new LayerRange(0.5, 0.2)).hasMessageContaining("found [0.5, 0.2)");
    }
}
