package io.marketpilot.server.assistant;

import static io.marketpilot.server.route.JsonSchema.anyObject;
import static io.marketpilot.server.route.JsonSchema.nullable;
import static io.marketpilot.server.route.JsonSchema.number;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.oneOf;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.engine.Engine;
import io.marketpilot.nlp.answer.Answer;
import io.marketpilot.nlp.answer.Reply;
import io.marketpilot.server.json.JsonBody;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import io.marketpilot.server.text.TextWire;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** {@code POST /v1/assistant/answer}. */
public final class AssistantResource {
    static final Schema REQUEST = Schema.named("AssistantQuestion", object("A customer question.", required("question"),
            "question", string("the question as the customer wrote it"),
            "item_id", nullable(string("the item whose page the question was asked on"))));

    static final Schema ANSWER = Schema.named("AssistantAnswer", object("The reply and what it is based on.",
            required("kind", "text", "intent"),
            "kind", oneOf("faq: from the FAQ; item: from the item's data; handoff: a human should answer", "faq", "item",
                    "handoff"),
            "text", string("the reply for the customer"),
            "faq_id", nullable(string("the FAQ entry answered from")),
            "similarity", nullable(number("cosine of the question and the closest FAQ question")),
            "item_id", nullable(string("the item the question is about")),
            "attribute", nullable(string("the item field answered from")),
            "handoff_reason", nullable(string("why a human should answer")),
            "intent", anyObject("intent, confidence and every intent's probability")));

    private final Engine engine;
    private final JsonBody body;

    public AssistantResource(Engine engine, JsonBody body) {
        this.engine = engine;
        this.body = body;
    }

    public List<Route> routes() {
        return List.of(Route.post("/v1/assistant/answer").requires(Role.READ)
                .summary("answerQuestion", "assistant", "Answer a customer question")
                .description("Answers from the item's data when the question asks about a field the item has (on its "
                        + "page or naming it), else from the most similar FAQ question above the confidence threshold, "
                        + "else replies with a handoff to a human.")
                .jsonBody(REQUEST, "the question").mayNotFind()
                .returns(200, ANSWER, "the answer").handle(this::answer));
    }

    private void answer(Context ctx) throws IOException {
        Map<String, Object> in = body.readObject(ctx);
        if (!(in.get("question") instanceof String question)) {
            throw ProblemException.invalid("the request needs a question", FieldProblem.body("/question", "a string",
                    String.valueOf(in.get("question"))));
        }
        Object item = in.get("item_id");
        if (item != null && !(item instanceof String s && !s.isBlank())) {
            throw ProblemException.invalid("item_id must be an item id", FieldProblem.body("/item_id",
                    "a non-blank string or null", String.valueOf(item)));
        }
        Reply reply;
        try {
            reply = engine.text().answer(question, Optional.ofNullable((String) item).map(ItemId::of));
        } catch (NoSuchElementException e) {
            throw ProblemException.notFound(e.getMessage());
        }
        ctx.json(wire(reply));
    }

    static Map<String, Object> wire(Reply reply) {
        Map<String, Object> out = new LinkedHashMap<>();
        Answer a = reply.answer();
        out.put("kind", switch (a) {
            case Answer.FromFaq f -> "faq";
            case Answer.FromItem i -> "item";
            case Answer.Handoff h -> "handoff";
        });
        out.put("text", a.text());
        out.put("faq_id", a instanceof Answer.FromFaq f ? f.entry().id() : null);
        Double similarity = switch (a) { // boxed: an item answer has none
            case Answer.FromFaq f -> round(f.similarity());
            case Answer.Handoff h -> round(h.bestSimilarity());
            case Answer.FromItem i -> null;
        };
        out.put("similarity", similarity);
        out.put("item_id", reply.itemId().orElse(null));
        out.put("attribute", a instanceof Answer.FromItem i ? i.attribute() : null);
        out.put("handoff_reason", a instanceof Answer.Handoff h ? h.reason() : null);
        out.put("intent", TextWire.intent(reply.intent()));
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
