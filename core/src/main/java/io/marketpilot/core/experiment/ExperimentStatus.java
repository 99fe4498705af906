package io.marketpilot.core.experiment;

import java.util.Locale;

/** An experiment's lifecycle: created as a draft, started once, stopped once. */
public enum ExperimentStatus {
    DRAFT, RUNNING, STOPPED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
