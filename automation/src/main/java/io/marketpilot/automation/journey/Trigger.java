package io.marketpilot.automation.journey;

import io.marketpilot.automation.segment.FactKind;
import io.marketpilot.automation.segment.SegmentId;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** What makes a customer enter a journey. Matching and next-fire helpers are in {@link Triggers}. */
public sealed interface Trigger {

    /** An event matching {@code match} (e.g. every {@code add_to_cart}). */
    record OnEvent(EventMatch match) implements Trigger {
        public OnEvent {
            Objects.requireNonNull(match, "match");
        }
    }

    /** The customer entered ({@code entered = true}) or left the segment. */
    record SegmentChange(SegmentId segment, boolean entered) implements Trigger {
        public SegmentChange {
            Objects.requireNonNull(segment, "segment");
        }
    }

    /**
     * A campaign on a 5-field cron schedule in the journey's time zone; every member of {@code audience} enters
     * (every known customer when it is null).
     */
    record Schedule(Cron cron, SegmentId audience) implements Trigger {
        public Schedule {
            Objects.requireNonNull(cron, "cron");
        }
    }

    /**
     * A date-valued trait or attribute (e.g. {@code birthday}): enters {@code daysBefore} days before the date at
     * local time {@code at} in the customer's zone; every year when {@code yearly} (month and day only).
     */
    record DateAttribute(FactKind kind, String name, int daysBefore, LocalTime at, boolean yearly) implements Trigger {
        public DateAttribute {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(at, "at");
        }
    }

    /** No purchase for {@code quiet} since the last one (customers who never bought are not included). */
    record Inactivity(Duration quiet) implements Trigger {
        public Inactivity {
            Objects.requireNonNull(quiet, "quiet");
        }
    }
}
