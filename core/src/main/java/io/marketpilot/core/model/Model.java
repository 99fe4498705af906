package io.marketpilot.core.model;

/** An immutable trained artefact. Every model knows where it came from. */
public interface Model {
    Provenance provenance();
}
