package io.marketpilot.automation.channel;

import java.util.Map;

/** One kind of channel: its registered name and how to build an instance from validated settings. */
public record ChannelType(String name, Factory factory) {
    /** Builds a channel, or throws {@link InvalidChannelException} with every settings problem. */
    @FunctionalInterface
    public interface Factory {
        Channel create(ChannelName name, Map<String, ?> settings, ChannelContext context);
    }
}
