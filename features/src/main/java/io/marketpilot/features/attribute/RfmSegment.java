package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;
import java.util.Locale;

/**
 * {@code rfm_segment}: the standard RFM segment from the recency score and the rounded mean of the frequency and
 * monetary scores (FM), by this grid (rows R, columns FM 1..5):
 * <pre>
 * R5: new, potential_loyalist, potential_loyalist, champions, champions
 * R4: promising, potential_loyalist, potential_loyalist, loyal, champions
 * R3: about_to_sleep, need_attention, need_attention, loyal, loyal
 * R2: hibernating, hibernating, at_risk, at_risk, cant_lose
 * R1: lost, lost, at_risk, cant_lose, cant_lose
 * </pre>
 */
final class RfmSegment implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("rfm_segment",
            "standard RFM segment (champions, loyal, potential_loyalist, new, promising, need_attention, about_to_sleep, "
                    + "at_risk, cant_lose, hibernating, lost)", "string", AttributeDefinition.Refresh.ON_REFIT);

    /** The eleven segments. */
    enum Segment {
        CHAMPIONS, LOYAL, POTENTIAL_LOYALIST, NEW, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK, CANT_LOSE,
        HIBERNATING, LOST;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Segment[][] GRID = {
            {Segment.LOST, Segment.LOST, Segment.AT_RISK, Segment.CANT_LOSE, Segment.CANT_LOSE},
            {Segment.HIBERNATING, Segment.HIBERNATING, Segment.AT_RISK, Segment.AT_RISK, Segment.CANT_LOSE},
            {Segment.ABOUT_TO_SLEEP, Segment.NEED_ATTENTION, Segment.NEED_ATTENTION, Segment.LOYAL, Segment.LOYAL},
            {Segment.PROMISING, Segment.POTENTIAL_LOYALIST, Segment.POTENTIAL_LOYALIST, Segment.LOYAL, Segment.CHAMPIONS},
            {Segment.NEW, Segment.POTENTIAL_LOYALIST, Segment.POTENTIAL_LOYALIST, Segment.CHAMPIONS, Segment.CHAMPIONS}};

    static Segment of(int r, int f, int m) {
        int fm = (int) Math.round((f + m) / 2.0 - 1e-9); // 2.5 → 2: ties lean to the lower group
        return GRID[r - 1][Math.max(1, Math.min(5, fm)) - 1];
    }

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        RfmScore.Scores s = RfmScore.scores(p, c);
        return s == null ? null : of(s.r(), s.f(), s.m()).wireName();
    }
}
