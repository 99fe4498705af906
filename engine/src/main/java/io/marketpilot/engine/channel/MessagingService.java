package io.marketpilot.engine.channel;

import io.marketpilot.automation.channel.Channel;
import io.marketpilot.automation.channel.ChannelContext;
import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.channel.ChannelTypes;
import io.marketpilot.automation.channel.Dispatcher;
import io.marketpilot.automation.channel.EmailTemplates;
import io.marketpilot.automation.channel.Message;
import io.marketpilot.automation.channel.MessageEvents;
import io.marketpilot.automation.channel.OutboxEntry;
import io.marketpilot.automation.channel.OutboxStore;
import io.marketpilot.automation.channel.RecommendedItem;
import io.marketpilot.automation.channel.TrackingTokens;
import io.marketpilot.automation.guard.ConsentGuard;
import io.marketpilot.automation.guard.ConsentLookup;
import io.marketpilot.automation.guard.ConsentTopic;
import io.marketpilot.automation.guard.SendAttempt;
import io.marketpilot.automation.guard.FrequencyCapGuard;
import io.marketpilot.automation.guard.QuietHoursGuard;
import io.marketpilot.automation.guard.RateLimitGuard;
import io.marketpilot.automation.guard.SendGuards;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.state.StateDatabase;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Messaging as the engine runs it: configured channels (persisted, rebuilt on open), the guard chain from
 * {@link MessagingConfig} (consent from the customer record, caps, quiet hours in the customer's {@code timezone}
 * trait, rate limits), the {@link Dispatcher} over the durable outbox, its delivery loop, and tracking.
 */
public final class MessagingService implements AutoCloseable {
    private final MessagingConfig config;
    private final Clock clock;
    private final SqliteChannelConfigs configs;
    private final ChannelContext context;
    private final Map<ChannelName, ChannelConfig> configured = new ConcurrentHashMap<>();
    private final Map<ChannelName, Channel> channels = new ConcurrentHashMap<>();
    private final Dispatcher dispatcher;
    private final Consumer<List<Event>> events;
    private ScheduledExecutorService loop;
    private volatile boolean closing;

    public MessagingService(StateDatabase db, MessagingConfig config, Clock clock, byte[] trackingSecret,
                            Function<UserId, Optional<Customer>> customers,
                            Function<UserId, List<RecommendedItem>> recommendations, Consumer<List<Event>> events) {
        this(new SqliteOutboxStore(db), new SqliteChannelConfigs(db), config, clock, trackingSecret, customers,
                recommendations, events);
    }

    private MessagingService(OutboxStore outbox, SqliteChannelConfigs configs, MessagingConfig config, Clock clock,
                             byte[] trackingSecret, Function<UserId, Optional<Customer>> customers,
                             Function<UserId, List<RecommendedItem>> recommendations, Consumer<List<Event>> events) {
        this.config = config;
        this.clock = clock;
        this.configs = configs;
        this.events = events;
        this.context = new ChannelContext(clock, customers, recommendations, new TrackingTokens(trackingSecret),
                config.publicBaseUrl(), EmailTemplates.builtIn(),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        FrequencyCapGuard frequency = new FrequencyCapGuard(config.caps());
        SendGuards guards = new SendGuards(List.of(
                new ConsentGuard(ConsentLookup.fromCustomers(customers)),
                frequency,
                new QuietHoursGuard(config.quietStart(), config.quietEnd(), id -> zoneOf(customers, id)),
                new RateLimitGuard(config.rateLimits())));
        this.dispatcher = new Dispatcher(outbox, name -> Optional.ofNullable(channels.get(name)), guards, config.retry(),
                clock, events);
        for (ChannelConfig c : configs.all()) {
            configured.put(c.name(), c);
            channels.put(c.name(), ChannelTypes.create(c.name(), c.type(), c.settings(), context));
        }
        remember(outbox, frequency);
    }

    /** The sources of the message templates this service renders, keyed {@code name.locale} (e.g. coupon.zh). */
    public Map<String, String> templateSources() {
        return context.templates().sources();
    }

    /**
     * The caps count sends in memory; after a restart they are re-counted from the outbox (what was admitted in the
     * longest cap window), so a restart never resets a customer's allowance.
     */
    private void remember(OutboxStore outbox, FrequencyCapGuard frequency) {
        java.time.Duration horizon = config.caps().stream().map(c -> c.window().length())
                .max(java.time.Duration::compareTo).orElse(java.time.Duration.ZERO);
        for (OutboxEntry e : outbox.admittedSince(clock.instant().minus(horizon))) {
            Channel channel = channels.get(e.message().channel());
            frequency.record(new SendAttempt(e.message().customer(), e.message().channel(),
                    channel == null ? ConsentTopic.EMAIL : channel.topic(), e.message().purpose()), OutboxEntry.admittedAt(e));
        }
    }

    private ZoneId zoneOf(Function<UserId, Optional<Customer>> customers, UserId id) {
        Object zone = customers.apply(id).map(c -> c.traits().get("timezone")).orElse(null);
        if (zone instanceof String z) {
            try {
                return ZoneId.of(z);
            } catch (DateTimeException e) {
                return config.shopZone();
            }
        }
        return config.shopZone();
    }

    /** Creates or replaces a channel; settings are validated (InvalidChannelException) before anything is stored. */
    public ChannelConfig configure(ChannelName name, String type, Map<String, Object> settings) {
        Channel channel = ChannelTypes.create(name, type, settings, context);
        ChannelConfig c = new ChannelConfig(name, type, settings, clock.instant());
        configs.save(c);
        configured.put(name, c);
        channels.put(name, channel);
        return c;
    }

    public boolean remove(ChannelName name) {
        channels.remove(name);
        configured.remove(name);
        return configs.delete(name);
    }

    public List<ChannelConfig> channels() {
        return configured.values().stream().sorted(java.util.Comparator.comparing(c -> c.name().value())).toList();
    }

    public Optional<ChannelConfig> channel(ChannelName name) {
        return Optional.ofNullable(configured.get(name));
    }

    /** Records a decided message in the outbox (idempotent on its key); the delivery loop sends it. */
    public boolean send(Message message) {
        return dispatcher.enqueue(message);
    }

    /** Records many decided messages in one transaction (journeys); returns how many keys were new. */
    public int sendAll(List<Message> messages) {
        return dispatcher.enqueueAll(messages);
    }

    /** Sends everything due now; the loop calls this, tests on simulated time call it directly. */
    public Dispatcher.Pass deliverDue() {
        return dispatcher.runDue(2_000); // a pass to the outbox channel is two commits, whatever its size
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** Starts delivering due messages every {@code pollEvery} until closed. */
    public synchronized void start() {
        if (loop == null) {
            loop = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("mp-outbox").factory());
            long every = config.pollEvery().toMillis();
            loop.scheduleWithFixedDelay(() -> {
                try {
                    while (!closing && deliverDue().total() > 0) {
                        // keep going while there is work (and the service is not closing)
                    }
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(MessagingService.class).warn("outbox delivery failed: {}", e.getMessage());
                }
            }, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** An open-tracking hit: records {@code message_opened} once per message; false for an invalid token. */
    public boolean opened(String token) {
        return context.tracking().readOpen(token).flatMap(dispatcher::entry).map(e -> {
            events.accept(List.of(MessageEvents.opened(e.message(), clock.instant())));
            return true;
        }).orElse(false);
    }

    /** A click-tracking hit: records {@code message_clicked} and returns where to redirect; empty if invalid. */
    public Optional<String> clicked(String token) {
        return context.tracking().readClick(token).flatMap(t -> {
            Optional<OutboxEntry> e = dispatcher.entry(t.messageKey());
            e.ifPresent(entry -> events.accept(List.of(MessageEvents.clicked(entry.message(), clock.instant(),
                    t.url().orElseThrow()))));
            return e.isPresent() ? t.url() : Optional.empty();
        });
    }

    public TrackingTokens tracking() {
        return context.tracking();
    }

    @Override
    public synchronized void close() {
        closing = true;
        if (loop != null) {
            // finish the pass in flight (no interrupt in the middle of a send), so nothing touches the state
            // database after this returns: the engine closes it next
            loop.shutdown();
            try {
                if (!loop.awaitTermination(30, TimeUnit.SECONDS)) {
                    loop.shutdownNow();
                    loop.awaitTermination(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                loop.shutdownNow();
                Thread.currentThread().interrupt();
            }
            loop = null;
        }
    }
}
