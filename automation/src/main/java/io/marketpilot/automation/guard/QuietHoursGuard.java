package io.marketpilot.automation.guard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Holds marketing messages back during quiet hours in the customer's own time zone ({@code start} inclusive to
 * {@code end} exclusive, may wrap midnight, e.g. 21:00-08:00): the send is delayed to the end of the quiet
 * period, never dropped. Transactional messages pass. On a DST gap the end moves forward as the zone rules say.
 */
public final class QuietHoursGuard implements SendGuard {
    private final LocalTime start;
    private final LocalTime end;
    private final CustomerZones zones;

    public QuietHoursGuard(LocalTime start, LocalTime end, CustomerZones zones) {
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        this.zones = Objects.requireNonNull(zones, "zones");
    }

    @Override
    public String name() {
        return "quiet-hours";
    }

    @Override
    public GuardResult check(SendAttempt a, Instant now) {
        if (!a.marketing() || start.equals(end)) {
            return GuardResult.ALLOWED;
        }
        ZoneId zone = zones.zoneOf(a.customer());
        ZonedDateTime local = now.atZone(zone);
        LocalTime t = local.toLocalTime();
        boolean wraps = start.isAfter(end);
        boolean quiet = wraps ? !t.isBefore(start) || t.isBefore(end) : !t.isBefore(start) && t.isBefore(end);
        if (!quiet) {
            return GuardResult.ALLOWED;
        }
        LocalDate endDay = wraps && !t.isBefore(start) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        Instant until = ZonedDateTime.of(endDay, end, zone).toInstant();
        return new GuardResult.Delayed(until, "quiet hours " + start + "-" + end + " in " + zone);
    }
}
