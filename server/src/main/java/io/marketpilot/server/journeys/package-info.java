/**
 * Journeys over HTTP ({@link io.marketpilot.server.journeys.JourneysResource}): create, version (PUT), validate
 * without saving, list, read, activate, pause and report; {@link io.marketpilot.server.journeys.CustomerJourneysResource}
 * answers where one customer is in every journey and why. Invalid definitions answer 400 with every problem's JSON
 * pointer and nothing is saved.
 */
package io.marketpilot.server.journeys;
