package io.marketpilot.recommend.model;

/**
 * A named, versioned binary form of one model type inside the {@code ModelCodec} envelope (magic, name, version,
 * CRC32C). {@link #read} accepts every version ever written (golden files prove it) and rejects unknown ones.
 */
public interface ModelFormat<M extends ScoringModel> {
    String name();

    int version();

    byte[] write(ScoringModel model);

    M read(byte[] bytes);
}
