package io.marketpilot.experiments.assignment;

/**
 * The global holdout: a fixed fraction of all units that no experiment touches (they get every default), to
 * measure the combined effect of everything shipped. Its own salt keeps it independent of every experiment.
 */
public record Holdout(String salt, double fraction) {
    public static final Holdout NONE = new Holdout("holdout", 0);

    public Holdout {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("holdout fraction must be in [0, 1), found " + fraction);
        }
    }

    public boolean holds(String unit) {
        return fraction > 0 && UnitHash.position("holdout:" + salt, unit) < fraction;
    }
}
