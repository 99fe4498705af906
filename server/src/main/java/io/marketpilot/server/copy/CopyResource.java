package io.marketpilot.server.copy;

import static io.marketpilot.server.route.JsonSchema.anyObject;
import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.oneOf;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.text.CopyOptions;
import io.marketpilot.nlp.copy.AspectMention;
import io.marketpilot.nlp.copy.CopyKind;
import io.marketpilot.nlp.copy.CopyResult;
import io.marketpilot.nlp.copy.Polarity;
import io.marketpilot.server.json.JsonBody;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code POST /v1/items/{id}/copy}. */
public final class CopyResource {
    private static final PathParam ID = new PathParam("id", "the item id");

    static final Schema REQUEST = Schema.named("CopyRequest", object("What copy to write (every field optional).",
            List.of(),
            "language", oneOf("zh (default) or en", "zh", "en"),
            "kind", oneOf("description (default), ad or email", "description", "ad", "email"),
            "variants", integer("1-10, default 3: A/B variants"),
            "seed", integer("makes the choice of templates reproducible; default 0"),
            "aspects", array(anyObject("aspect, polarity (positive|negative|neutral), count"),
                    "aspects to praise; default: those found in the item's reviews")));

    static final Schema RESULT = Schema.named("CopyResult", object("Copy variants for an A/B test.",
            required("item_id", "variants", "notices"),
            "item_id", string("the item"),
            "variants", array(anyObject("label, headline, body, source (template|llm), facts"), "A, B, C …"),
            "notices", array(string("a notice"), "e.g. an LLM draft rejected by the fact check")));

    private final Engine engine;
    private final JsonBody body;

    public CopyResource(Engine engine, JsonBody body) {
        this.engine = engine;
        this.body = body;
    }

    public List<Route> routes() {
        return List.of(Route.post("/v1/items/{id}/copy").requires(Role.READ)
                .summary("itemCopy", "text", "Write marketing copy for an item")
                .description("Product description, ad or e-mail copy from the item's attributes and the positive "
                        + "aspects of its reviews, in zh or en, several variants. Never states an attribute the item "
                        + "does not have; LLM drafts (when configured) must pass the same check or are replaced.")
                .path(ID).jsonBody(REQUEST, "the options; may be empty").mayNotFind()
                .returns(200, RESULT, "the variants").handle(this::copy));
    }

    private void copy(Context ctx) throws IOException {
        String id = ctx.pathParam(ID.name());
        Map<String, Object> in = ctx.body().isBlank() ? Map.of() : body.readObject(ctx);
        List<FieldProblem> problems = new ArrayList<>();
        String language = String.valueOf(in.getOrDefault("language", "zh"));
        if (!language.equals("zh") && !language.equals("en")) {
            problems.add(FieldProblem.body("/language", "zh or en", language));
        }
        String kindName = String.valueOf(in.getOrDefault("kind", "description")).toLowerCase(Locale.ROOT);
        Optional<CopyKind> kind = CopyKind.fromWire(kindName);
        if (kind.isEmpty()) {
            problems.add(FieldProblem.body("/kind", "description, ad or email", kindName));
        }
        int variants = wholeNumber(in, "variants", 3, 1, 10, problems);
        long seed = wholeNumber(in, "seed", 0, Integer.MIN_VALUE, Integer.MAX_VALUE, problems);
        Optional<List<AspectMention>> aspects = aspects(in.get("aspects"), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("the copy request is invalid", problems.toArray(FieldProblem[]::new));
        }
        CopyResult r = engine.text().copy(ItemId.of(id), new CopyOptions(language, kind.get(), variants, seed, aspects))
                .orElseThrow(() -> ProblemException.notFound("no item with id '" + id + "'"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("item_id", id);
        out.put("language", language);
        out.put("kind", kind.get().wireName());
        out.put("variants", r.variants().stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", v.label());
            m.put("headline", v.headline());
            m.put("body", v.body());
            m.put("source", v.source());
            m.put("facts", v.facts());
            return m;
        }).toList());
        out.put("notices", r.notices());
        ctx.json(out);
    }

    private static int wholeNumber(Map<String, Object> in, String field, int dflt, int min, int max, List<FieldProblem> problems) {
        Object v = in.get(field);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.longValue() >= min
                && n.longValue() <= max) {
            return n.intValue();
        }
        problems.add(FieldProblem.body("/" + field, "a whole number in " + min + ".." + max, String.valueOf(v)));
        return dflt;
    }

    private static Optional<List<AspectMention>> aspects(Object raw, List<FieldProblem> problems) {
        if (raw == null) {
            return Optional.empty();
        }
        if (!(raw instanceof List<?> list)) {
            problems.add(FieldProblem.body("/aspects", "an array", String.valueOf(raw)));
            return Optional.empty();
        }
        List<AspectMention> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/aspects/" + i;
            if (list.get(i) instanceof Map<?, ?> m && m.get("aspect") instanceof String a && !a.isBlank()
                    && m.get("polarity") instanceof String p && polarity(p).isPresent()
                    && (m.get("count") == null || m.get("count") instanceof Number)) {
                int count = m.get("count") == null ? 1 : ((Number) m.get("count")).intValue();
                if (count < 0) {
                    problems.add(FieldProblem.body(at + "/count", "a count >= 0", String.valueOf(count)));
                    continue;
                }
                out.add(new AspectMention(a, polarity(p).get(), count));
            } else {
                problems.add(FieldProblem.body(at, "{aspect: string, polarity: positive|negative|neutral, count: integer}",
                        String.valueOf(list.get(i))));
            }
        }
        return Optional.of(out);
    }

    private static Optional<Polarity> polarity(String s) {
        for (Polarity p : Polarity.values()) {
            if (p.name().equalsIgnoreCase(s)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
