package io.marketpilot.server.text;

import static io.marketpilot.server.route.JsonSchema.anyObject;
import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.bool;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.nullable;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.oneOf;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.json.JsonBody;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.io.IOException;
import java.util.List;

/** {@code POST /v1/text/analyze}. */
public final class TextResource {
    static final Schema REQUEST = Schema.named("AnalyzeTextRequest", object("A text to analyse.", required("text"),
            "text", string("any text; longer than the limit (5,000 characters by default) is cut, with a notice")));

    static final Schema ANALYSIS = Schema.named("TextAnalysis", object("What the engine reads from a text.",
            required("text", "language", "truncated", "notices", "tokens", "keywords", "entities", "intent", "aspects"),
            "text", string("the normalised text (HTML, BOM, full-width, traditional Chinese, emoji handled)"),
            "language", oneOf("detected language", "zh", "en", "mixed", "unknown"),
            "truncated", bool("whether the text was cut at the limit"),
            "original_length", integer("characters (code points) of the input"),
            "notices", array(string("a notice"), "e.g. that the text was truncated"),
            "emojis", array(string("an emoji sequence"), "emojis taken out of the text"),
            "tokens", array(anyObject("word and HanLP part-of-speech tag"), "segmentation"),
            "keywords", array(anyObject("word and TextRank score"), "best first"),
            "entities", array(anyObject("text, type (brand|product|category|person|place|organization), start, end, "
                    + "canonical, item_ids"), "left to right"),
            "intent", anyObject("intent, confidence and every intent's probability"),
            "sentiment", nullable(anyObject("label and probability of positive; null until sentiment analysis is wired")),
            "aspects", array(anyObject("aspect, polarity, clause"), "empty until aspect analysis is wired")));

    private final Engine engine;
    private final JsonBody body;

    public TextResource(Engine engine, JsonBody body) {
        this.engine = engine;
        this.body = body;
    }

    public List<Route> routes() {
        return List.of(Route.post("/v1/text/analyze").requires(Role.READ)
                .summary("analyzeText", "text", "Analyse a text")
                .description("Normalises, detects the language, segments, ranks keywords, finds catalogue and named "
                        + "entities and classifies the intent; sentiment and aspects when available. Never fails on "
                        + "content: empty, huge or garbage text gives a result with notices.")
                .jsonBody(REQUEST, "the text")
                .returns(200, ANALYSIS, "the analysis").handle(this::analyze));
    }

    private void analyze(Context ctx) throws IOException {
        Object value = body.readObject(ctx).get("text");
        if (!(value instanceof String text)) { // an empty string is fine: the analysis says there is no text
            throw ProblemException.invalid("the request needs a text", FieldProblem.body("/text", "a string",
                    value == null ? "nothing" : String.valueOf(value)));
        }
        ctx.json(TextWire.analysis(engine.text().analyze(text)));
    }
}
