package io.marketpilot.automation.guard;

import io.marketpilot.core.id.UserId;
import java.time.ZoneId;

/** The time zone a customer lives in (a trait, an inferred zone, or the shop's zone when unknown). */
@FunctionalInterface
public interface CustomerZones {
    ZoneId zoneOf(UserId customer);
}
