package io.marketpilot.server.segments;

import static io.marketpilot.server.route.JsonSchema.anyObject;
import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.dateTime;
import static io.marketpilot.server.route.JsonSchema.integer;
import static io.marketpilot.server.route.JsonSchema.nullable;
import static io.marketpilot.server.route.JsonSchema.number;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.ref;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.automation.segment.Problem;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.segment.SegmentCreation;
import io.marketpilot.engine.segment.SegmentPreview;
import io.marketpilot.engine.segment.SegmentSummary;
import io.marketpilot.server.json.JsonBody;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.IntParam;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import io.marketpilot.server.route.TextParam;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /v1/segments}: definitions in the JSON condition language of docs/segments.md. */
public final class SegmentsResource {
    private static final PathParam ID = new PathParam("id", "the segment id");
    private static final IntParam LIMIT = new IntParam("limit", "members per page", 1, 10_000, 100);
    private static final TextParam AFTER = TextParam.of("after", "the last user_id of the previous page");
    private static final IntParam SAMPLE = new IntParam("sample", "how many members to show", 0, 1_000, 20);

    static final Schema SEGMENT = Schema.named("Segment", object("A segment with its current size.",
            required("id", "name", "definition", "created_at", "size"),
            "id", string("the segment id"),
            "name", string("a human name"),
            "description", string("what it is for"),
            "definition", anyObject("the definition as created (docs/segments.md)"),
            "created_at", dateTime("when it was created"),
            "size", integer("members now"),
            "history", array(object("The size at one instant.", required("at", "size"), "at", dateTime("when"),
                    "size", integer("members then")), "size over time since creation (GET one segment only)")));
    static final Schema SEGMENT_LIST = Schema.named("SegmentList", object("Every segment, oldest first.",
            required("segments"), "segments", array(ref(SEGMENT), "oldest first")), SEGMENT);
    static final Schema MEMBERS = Schema.named("SegmentMembers", object("A page of current members in user_id order.",
            required("members"), "members", array(string("a user_id"), "this page"),
            "next", nullable(string("pass as ?after= for the next page; null on the last page"))));
    static final Schema PREVIEW = Schema.named("SegmentPreview", object("A draft's size now, without saving it.",
            required("size", "sample", "seconds"), "size", integer("members now"),
            "sample", array(string("a user_id"), "the first members by user_id"),
            "seconds", number("how long the batch evaluation took")));
    static final Schema DEFINITION = Schema.named("SegmentDefinition", object("A segment definition "
            + "(docs/segments.md).", required("id", "condition"), "id", string("a-z 0-9 - _, at most 64"),
            "name", string("a human name"), "description", string("what it is for"),
            "condition", anyObject("the condition tree")));

    private final Engine engine;
    private final JsonBody body;

    public SegmentsResource(Engine engine, JsonBody body) {
        this.engine = engine;
        this.body = body;
    }

    public List<Route> routes() {
        return List.of(
            Route.post("/v1/segments").requires(Role.ADMIN)
                .summary("createSegment", "segments", "Create a segment")
                .description("Validates the whole definition (400 lists every problem with its JSON path; nothing is "
                    + "saved), backfills it from the event log and keeps it current from then on.")
                .jsonBody(DEFINITION, "the definition").returns(201, SEGMENT, "the segment and its size")
                .handle(this::create),
            Route.post("/v1/segments/preview").requires(Role.READ)
                .summary("previewSegment", "segments", "Size and sample of a draft segment, not saved")
                .jsonBody(DEFINITION, "the draft (id optional)").query(SAMPLE)
                .returns(200, PREVIEW, "size and sample now").handle(this::preview),
            Route.get("/v1/segments").requires(Role.READ)
                .summary("listSegments", "segments", "List segments").returns(200, SEGMENT_LIST, "the segments")
                .handle(ctx -> ctx.json(Map.of("segments", engine.segments().list().stream()
                    .map(SegmentsResource::wire).toList()))),
            Route.get("/v1/segments/{id}").requires(Role.READ)
                .summary("getSegment", "segments", "A segment: definition, size and size over time")
                .path(ID).mayNotFind().returns(200, SEGMENT, "the segment").handle(this::get),
            Route.get("/v1/segments/{id}/members").requires(Role.READ)
                .summary("segmentMembers", "segments", "Current members, paged by user_id")
                .path(ID).query(AFTER, LIMIT).mayNotFind().returns(200, MEMBERS, "one page").handle(this::members));
    }

    private void create(Context ctx) throws IOException {
        SegmentCreation c = engine.segments().create(body.readObject(ctx));
        switch (c) {
            case SegmentCreation.Rejected r -> throw invalid(r.problems());
            case SegmentCreation.Created created -> {
                ctx.header("Location", "/v1/segments/" + created.segment().id());
                ctx.status(201).json(wire(created.segment()));
            }
        }
    }

    private void preview(Context ctx) throws IOException {
        int sample = SAMPLE.read(ctx);
        switch (engine.segments().preview(body.readObject(ctx), sample)) {
            case SegmentPreview.Rejected r -> throw invalid(r.problems());
            case SegmentPreview.Sized s -> ctx.json(Map.of("size", s.size(), "sample", s.sample(), "seconds", s.seconds()));
        }
    }

    private void get(Context ctx) {
        String id = ID.read(ctx, s -> s);
        ctx.json(wire(engine.segments().get(id).orElseThrow(() -> ProblemException.notFound("no segment " + id))));
    }

    private void members(Context ctx) {
        String id = ID.read(ctx, s -> s);
        int limit = LIMIT.read(ctx);
        List<UserId> page = engine.segments().members(id, AFTER.read(ctx), limit)
            .orElseThrow(() -> ProblemException.notFound("no segment " + id));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("members", page.stream().map(UserId::value).toList());
        out.put("next", page.size() == limit ? page.getLast().value() : null);
        ctx.json(out);
    }

    private static ProblemException invalid(List<Problem> problems) {
        return ProblemException.invalid(problems.size() + " problem(s) in the segment definition; nothing was saved",
            problems.stream().map(p -> new FieldProblem(pointer(p.path()), null, null, null, p.toString(), null, null))
                .toArray(FieldProblem[]::new));
    }

    /** {@code $.condition.all[1].window} as the JSON Pointer {@code /condition/all/1/window}. */
    static String pointer(String path) {
        String p = path.startsWith("$") ? path.substring(1) : path;
        return p.replace("~", "~0").replace("/", "~1").replace(".", "/").replaceAll("\\[(\\d+)]", "/$1");
    }

    private static Map<String, Object> wire(SegmentSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("name", s.name());
        out.put("description", s.description());
        out.put("definition", s.definition());
        out.put("created_at", s.createdAt());
        out.put("size", s.size());
        if (!s.history().isEmpty()) {
            out.put("history", s.history().stream().map(h -> Map.of("at", h.at(), "size", h.size())).toList());
        }
        return out;
    }
}
