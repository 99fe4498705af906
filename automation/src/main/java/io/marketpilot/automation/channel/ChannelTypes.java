package io.marketpilot.automation.channel;

import io.marketpilot.core.validation.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every channel type, registered here and nowhere else. */
public final class ChannelTypes {
    private static final List<ChannelType> ALL = List.of(
            new ChannelType(WebhookChannel.TYPE, WebhookChannel::create),
            new ChannelType(EmailChannel.TYPE, EmailChannel::create),
            new ChannelType(OutboxChannel.TYPE, OutboxChannel::create));
    private static final Map<String, ChannelType> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(ChannelType::name, Function.identity()));

    private ChannelTypes() {}

    public static List<String> names() {
        return ALL.stream().map(ChannelType::name).toList();
    }

    public static Optional<ChannelType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Builds a channel of {@code type}; every problem (unknown type, bad settings) as field errors. */
    public static Channel create(ChannelName name, String type, Map<String, ?> settings, ChannelContext context) {
        ChannelType t = BY_NAME.get(type);
        if (t == null) {
            throw new InvalidChannelException(List.of(new FieldError("type", String.join(", ", names()),
                    FieldError.describe(type))));
        }
        return t.factory().create(name, settings, context);
    }
}
