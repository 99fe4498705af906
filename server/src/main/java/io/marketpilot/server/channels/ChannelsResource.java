package io.marketpilot.server.channels;

import static io.marketpilot.server.route.JsonSchema.anyObject;
import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.oneOf;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.channel.ChannelTypes;
import io.marketpilot.automation.channel.InvalidChannelException;
import io.marketpilot.automation.channel.Message;
import io.marketpilot.automation.channel.OutboxEntry;
import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.channel.ChannelConfig;
import io.marketpilot.server.json.JsonBody;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import io.marketpilot.server.route.TextParam;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Channels: configure (PUT, settings validated with every problem's pointer), list (secrets masked), remove,
 * test-send, and the outbox per channel: list messages by status (dead letters included), acknowledge a message an
 * external system polled, requeue a dead one.
 */
public final class ChannelsResource {
    private static final PathParam NAME = new PathParam("name", "the channel's name, e.g. email or crm-webhook");
    private static final PathParam KEY = new PathParam("key", "a message's idempotency key");
    private static final TextParam STATUS = TextParam.oneOf("status", "only messages in this state",
            List.of("pending", "sent", "held", "acked", "blocked", "dead"), null);

    static final Schema CHANNEL_REQUEST = Schema.named("ChannelRequest", object("A channel to configure.",
            required("type"), "type", oneOf("the channel type", ChannelTypes.names().toArray(String[]::new)),
            "settings", anyObject("the type's settings (docs/api.md, Channels)")));
    static final Schema CHANNEL = Schema.named("Channel", anyObject("A configured channel: name, type, settings"
            + " (secret and password shown as ***), updated_at."));
    static final Schema CHANNEL_LIST = Schema.named("ChannelList", object("Configured channels.", required("channels"),
            "channels", array(anyObject("a channel"), "by name")));
    static final Schema TEST_SEND = Schema.named("TestSendRequest", object("A message to send now.",
            required("customer"), "customer", string("the recipient's user id"), "template", string("template name"),
            "locale", string("en, zh, …"), "data", anyObject("template or payload data")));
    static final Schema MESSAGE = Schema.named("OutboxMessage", anyObject("A message in the outbox: key, channel,"
            + " customer, template, status, attempts, created_at, due, done_at, detail."));
    static final Schema MESSAGE_LIST = Schema.named("OutboxMessageList", object("Messages, oldest first.",
            required("messages"), "messages", array(anyObject("a message"), "oldest first")));

    private final Engine engine;
    private final JsonBody body;

    public ChannelsResource(Engine engine, JsonBody body) {
        this.engine = engine;
        this.body = body;
    }

    public List<Route> routes() {
        return List.of(
            Route.get("/v1/channels").requires(Role.ADMIN).summary("listChannels", "channels", "Configured channels")
                .returns(200, CHANNEL_LIST, "every channel, secrets masked").handle(this::list),
            Route.put("/v1/channels/{name}").requires(Role.ADMIN).summary("putChannel", "channels",
                    "Configure a channel").path(NAME).jsonBody(CHANNEL_REQUEST, "type and settings")
                .returns(200, CHANNEL, "the channel as stored").handle(this::put),
            Route.delete("/v1/channels/{name}").requires(Role.ADMIN).summary("deleteChannel", "channels",
                    "Remove a channel").path(NAME).mayNotFind().returnsNothing(204, "removed").handle(this::delete),
            Route.post("/v1/channels/{name}/test").requires(Role.ADMIN).summary("testSendChannel", "channels",
                    "Send one message now").description("Goes through the outbox and the guards like any send (as a"
                    + " transactional message: consent applies, caps and quiet hours do not).")
                .path(NAME).mayNotFind().jsonBody(TEST_SEND, "recipient, template, data")
                .returns(200, MESSAGE, "the message after the attempt").handle(this::testSend),
            Route.get("/v1/channels/{name}/messages").requires(Role.ADMIN).summary("listChannelMessages", "channels",
                    "The channel's outbox").path(NAME).query(STATUS).mayNotFind()
                .returns(200, MESSAGE_LIST, "up to 1000 messages, oldest first").handle(this::messages),
            Route.post("/v1/channels/{name}/messages/{key}/ack").requires(Role.INGEST).summary("ackChannelMessage",
                    "channels", "Acknowledge a polled message").path(NAME).path(KEY).mayNotFind()
                .returnsNothing(204, "acknowledged; recorded as delivered").handle(this::ack),
            Route.post("/v1/channels/{name}/messages/{key}/retry").requires(Role.ADMIN).summary("retryChannelMessage",
                    "channels", "Requeue a dead-lettered message").path(NAME).path(KEY).mayNotFind()
                .returnsNothing(204, "requeued with a fresh attempt count").handle(this::retry));
    }

    private void list(Context ctx) {
        ctx.json(Map.of("channels", engine.messaging().channels().stream().map(ChannelsResource::wire).toList()));
    }

    private void put(Context ctx) throws IOException {
        ChannelName name = name(ctx);
        Map<String, Object> request = body.readObject(ctx);
        Object settings = request.getOrDefault("settings", Map.of());
        if (!(request.get("type") instanceof String type) || !(settings instanceof Map<?, ?> map)) {
            throw ProblemException.invalid("a channel needs a type and a settings object",
                FieldProblem.body("/type", String.join(", ", ChannelTypes.names()), FieldError.describe(request.get("type"))));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) map;
        try {
            ctx.json(wire(engine.messaging().configure(name, type, typed)));
        } catch (InvalidChannelException e) {
            throw ProblemException.invalid("the channel configuration is invalid", e.errors().stream()
                .map(err -> FieldProblem.of(err, "")).toArray(FieldProblem[]::new));
        }
    }

    private void delete(Context ctx) {
        ChannelName name = existing(ctx);
        engine.messaging().remove(name);
        ctx.status(204);
    }

    private void testSend(Context ctx) throws IOException {
        ChannelName name = existing(ctx);
        Map<String, Object> request = body.readObject(ctx);
        UserId customer;
        try {
            customer = UserId.of(request.get("customer") instanceof String s ? s : null);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("the test message is invalid",
                FieldProblem.body("/customer", "a customer's user id", FieldError.describe(request.get("customer"))));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> data = request.get("data") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        String key = "test:" + name + ":" + engine.clock().millis() + ":" + Long.toHexString(System.nanoTime());
        Message m = new Message(key, name, customer, Purpose.TRANSACTIONAL,
            request.get("template") instanceof String t ? t : "", request.get("locale") instanceof String l ? l : "en", data);
        engine.messaging().send(m);
        engine.messaging().deliverDue();
        ctx.json(wire(engine.messaging().dispatcher().entry(key).orElseThrow()));
    }

    private void messages(Context ctx) {
        ChannelName name = existing(ctx);
        String status = STATUS.read(ctx);
        OutboxEntry.Status s = status == null ? null : OutboxEntry.Status.valueOf(status.toUpperCase(Locale.ROOT));
        ctx.json(Map.of("messages", engine.messaging().dispatcher().list(name, s, 1_000).stream()
            .map(ChannelsResource::wire).toList()));
    }

    private void ack(Context ctx) {
        ChannelName name = name(ctx);
        String key = KEY.read(ctx, k -> k);
        if (!engine.messaging().dispatcher().acknowledge(name, key)) {
            throw ProblemException.notFound("no message " + key + " is waiting on channel " + name);
        }
        ctx.status(204);
    }

    private void retry(Context ctx) {
        String key = KEY.read(ctx, k -> k);
        if (!engine.messaging().dispatcher().requeue(key)) {
            throw ProblemException.notFound("no dead-lettered message " + key);
        }
        ctx.status(204);
    }

    private static ChannelName name(Context ctx) {
        String raw = NAME.read(ctx, s -> s);
        try {
            return ChannelName.of(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(e.getMessage(), FieldProblem.parameter("name",
                "1-63 characters of a-z, 0-9 and '-'", FieldError.describe(raw)));
        }
    }

    private ChannelName existing(Context ctx) {
        ChannelName name = name(ctx);
        if (engine.messaging().channel(name).isEmpty()) {
            throw ProblemException.notFound("no channel " + name + "; PUT /v1/channels/" + name + " configures one");
        }
        return name;
    }

    private static Map<String, Object> wire(ChannelConfig c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", c.name().value());
        out.put("type", c.type());
        out.put("settings", c.masked());
        out.put("updated_at", c.updatedAt().toString());
        return out;
    }

    private static Map<String, Object> wire(OutboxEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", e.key());
        out.put("channel", e.message().channel().value());
        out.put("customer", e.message().customer().value());
        out.put("purpose", e.message().purpose().name().toLowerCase(Locale.ROOT));
        out.put("template", e.message().template());
        out.put("locale", e.message().locale());
        out.put("data", e.message().data());
        out.put("status", e.status().name().toLowerCase(Locale.ROOT));
        out.put("attempts", e.attempts());
        out.put("created_at", e.createdAt().toString());
        out.put("due", e.due() == null ? null : e.due().toString());
        out.put("done_at", e.doneAt() == null ? null : e.doneAt().toString());
        out.put("detail", e.detail());
        return out;
    }
}
