/** Assignment, exposure, statistics engine and reports for A/B tests. */
package io.marketpilot.experiments;
