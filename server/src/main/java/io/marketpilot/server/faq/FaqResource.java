package io.marketpilot.server.faq;

import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.ref;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.faq.FaqEntry;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.json.JsonBody;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /v1/faq} and {@code PUT /v1/faq} (replace the whole FAQ). */
public final class FaqResource {
    private static final int MAX_ENTRIES = 5_000;

    static final Schema ENTRY = Schema.named("FaqEntry", object("A question and its answer.",
            required("id", "question", "answer"),
            "id", string("stable id chosen by the shop"),
            "question", string("the question as customers ask it"),
            "answer", string("the answer given")));

    static final Schema FAQ = Schema.named("Faq", object("The whole FAQ, in order.", required("entries"),
            "entries", array(ref(ENTRY), "at most " + MAX_ENTRIES + "; ids unique")), ENTRY);

    private final Engine engine;
    private final JsonBody body;

    public FaqResource(Engine engine, JsonBody body) {
        this.engine = engine;
        this.body = body;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/v1/faq").requires(Role.READ)
                        .summary("getFaq", "assistant", "The FAQ")
                        .returns(200, FAQ, "the entries").handle(this::list),
                Route.put("/v1/faq").requires(Role.ADMIN)
                        .summary("replaceFaq", "assistant", "Replace the FAQ")
                        .description("Replaces every entry at once; the assistant answers from the new FAQ right away. "
                                + "All problems are reported together and nothing is stored unless all entries are valid.")
                        .jsonBody(FAQ, "the new FAQ")
                        .returns(200, FAQ, "the FAQ as stored").handle(this::replace));
    }

    private void list(Context ctx) {
        ctx.json(Map.of("entries", engine.text().faq().stream().map(FaqResource::wire).toList()));
    }

    private void replace(Context ctx) throws IOException {
        Object raw = body.readObject(ctx).get("entries");
        if (!(raw instanceof List<?> list)) {
            throw ProblemException.invalid("the FAQ needs entries", FieldProblem.body("/entries", "an array",
                    String.valueOf(raw)));
        }
        if (list.size() > MAX_ENTRIES) {
            throw ProblemException.invalid("too many FAQ entries", FieldProblem.body("/entries",
                    "at most " + MAX_ENTRIES + " entries", list.size() + " entries"));
        }
        List<FaqEntry> entries = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/entries/" + i;
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                problems.add(FieldProblem.body(at, "an object with id, question, answer", String.valueOf(list.get(i))));
                continue;
            }
            boolean ok = true;
            for (String field : List.of("id", "question", "answer")) {
                if (!(m.get(field) instanceof String s) || s.isBlank()) {
                    problems.add(FieldProblem.body(at + "/" + field, "a non-blank string", String.valueOf(m.get(field))));
                    ok = false;
                }
            }
            if (ok && !ids.add(((String) m.get("id")).strip())) {
                problems.add(FieldProblem.body(at + "/id", "an id not used by an earlier entry", (String) m.get("id")));
                ok = false;
            }
            if (ok) {
                entries.add(new FaqEntry((String) m.get("id"), (String) m.get("question"), (String) m.get("answer")));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("the FAQ is invalid; nothing was stored", problems.toArray(FieldProblem[]::new));
        }
        engine.text().replaceFaq(entries);
        list(ctx);
    }

    private static Map<String, Object> wire(FaqEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("question", e.question());
        out.put("answer", e.answer());
        return out;
    }
}
