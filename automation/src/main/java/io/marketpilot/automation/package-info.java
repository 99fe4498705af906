/** Segments, journeys, coupons, guards (consent, frequency, quiet hours) and channels. */
package io.marketpilot.automation;
