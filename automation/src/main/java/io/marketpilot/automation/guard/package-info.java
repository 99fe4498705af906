/**
 * Guards on every send, each its own rule: {@link io.marketpilot.automation.guard.ConsentGuard},
 * {@link io.marketpilot.automation.guard.FrequencyCapGuard}, {@link io.marketpilot.automation.guard.QuietHoursGuard},
 * {@link io.marketpilot.automation.guard.RateLimitGuard}; {@link io.marketpilot.automation.guard.SendGuards} chains
 * them. Results are values ({@link io.marketpilot.automation.guard.GuardResult}); time is always passed in.
 */
package io.marketpilot.automation.guard;
