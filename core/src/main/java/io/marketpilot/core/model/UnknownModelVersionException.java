package io.marketpilot.core.model;

import java.util.List;

/**
 * A registry operation named a version that was never saved (or was pruned). The message names the versions
 * that do exist, e.g. {@code co-purchase@7 does not exist; saved versions of co-purchase: 1-3, 5}.
 */
public final class UnknownModelVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final long version;
    private final List<Long> available;

    /** @param available the saved versions of {@code name}, ascending */
    public UnknownModelVersionException(String name, long version, List<Long> available) {
        super(name + "@" + version + " does not exist; " + (available.isEmpty()
                ? "no version of " + name + " has been saved"
                : "saved versions of " + name + ": " + ranges(available)));
        this.name = name;
        this.version = version;
        this.available = List.copyOf(available);
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }

    /** The saved versions of {@link #name()}, ascending. */
    public List<Long> available() {
        return available;
    }

    /** Ascending versions with runs collapsed: {@code [1, 2, 3, 5]} becomes {@code 1-3, 5}. */
    private static String ranges(List<Long> versions) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < versions.size()) {
            int j = i;
            while (j + 1 < versions.size() && versions.get(j + 1) == versions.get(j) + 1) {
                j++;
            }
            out.append(out.isEmpty() ? "" : ", ").append(versions.get(i));
            if (j > i) {
                out.append('-').append(versions.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }
}
