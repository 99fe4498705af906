package io.marketpilot.experiments.report;

/** The call on one metric and treatment against control. */
public enum Decision { BETTER, WORSE, NO_DIFFERENCE, UNTRUSTWORTHY }
