package io.marketpilot.server.coupons;

import static io.marketpilot.server.route.JsonSchema.anyObject;
import static io.marketpilot.server.route.JsonSchema.array;
import static io.marketpilot.server.route.JsonSchema.object;
import static io.marketpilot.server.route.JsonSchema.required;
import static io.marketpilot.server.route.JsonSchema.string;

import io.javalin.http.Context;
import io.marketpilot.automation.coupon.CouponDefinition;
import io.marketpilot.automation.coupon.CouponId;
import io.marketpilot.automation.coupon.CouponWire;
import io.marketpilot.automation.coupon.Coupons;
import io.marketpilot.automation.coupon.InvalidCouponException;
import io.marketpilot.automation.coupon.IssueOutcome;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.json.JsonBody;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import io.marketpilot.server.route.Schema;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Coupon definitions (create, replace, list, read, delete while unused), issuing a code to a customer, and looking
 * a code up. Bad definitions answer 400 with every problem's JSON pointer; a refused issue answers 409 with why.
 */
public final class CouponsResource {
    private static final PathParam ID = new PathParam("id", "the coupon definition's id");
    private static final PathParam CODE = new PathParam("code", "a coupon code as printed (dashes and case do not matter)");

    static final Schema COUPON = Schema.named("Coupon", anyObject("A coupon definition (docs/api.md, Coupons) with"
            + " its usage: issued, reserved, redeemed, discount_given."));
    static final Schema COUPON_LIST = Schema.named("CouponList", object("All coupon definitions.",
            required("coupons"), "coupons", array(anyObject("a coupon with usage"), "by id")));
    static final Schema ISSUE_REQUEST = Schema.named("IssueCouponRequest", object("Who gets a code.",
            required("customer"), "customer", string("the customer's user id")));
    static final Schema ISSUED = Schema.named("IssuedCoupon", anyObject("An issued code: code, display, coupon_id,"
            + " customer, issued_at, reserved, redeemed (and order_key, redeemed_at, discount once redeemed)."));

    private final Engine engine;
    private final JsonBody body;

    public CouponsResource(Engine engine, JsonBody body) {
        this.engine = engine;
        this.body = body;
    }

    public List<Route> routes() {
        return List.of(
            Route.post("/v1/coupons").requires(Role.ADMIN).summary("createCoupon", "coupons", "Define a coupon")
                .jsonBody(COUPON, "the definition").returns(201, COUPON, "the saved definition").handle(this::create),
            Route.get("/v1/coupons").requires(Role.READ).summary("listCoupons", "coupons", "List coupon definitions")
                .returns(200, COUPON_LIST, "every definition with its usage").handle(this::list),
            Route.get("/v1/coupons/{id}").requires(Role.READ).summary("getCoupon", "coupons", "One coupon definition")
                .path(ID).mayNotFind().returns(200, COUPON, "the definition with its usage").handle(this::get),
            Route.put("/v1/coupons/{id}").requires(Role.ADMIN).summary("putCoupon", "coupons", "Create or replace a coupon")
                .path(ID).jsonBody(COUPON, "the definition; its id, if given, must match the path")
                .returns(200, COUPON, "the saved definition").handle(this::put),
            Route.delete("/v1/coupons/{id}").requires(Role.ADMIN).summary("deleteCoupon", "coupons",
                    "Delete a coupon no code was issued of").path(ID).mayNotFind()
                .returnsNothing(204, "deleted").handle(this::delete),
            Route.post("/v1/coupons/{id}/issue").requires(Role.ADMIN).summary("issueCoupon", "coupons",
                    "Issue a fresh code to a customer")
                .description("Refused with 409 (reason: not_valid_now, budget_spent, customer_limit) when the window,"
                    + " the budget or the customer's limit does not allow it; budgets are never overspent.")
                .path(ID).mayNotFind().jsonBody(ISSUE_REQUEST, "the customer")
                .returns(201, ISSUED, "the issued code").handle(this::issue),
            Route.get("/v1/coupons/codes/{code}").requires(Role.READ).summary("lookupCouponCode", "coupons",
                    "Look a code up").path(CODE).mayNotFind()
                .returns(200, ISSUED, "the code, its state and its coupon").handle(this::lookup));
    }

    private Coupons coupons() {
        return engine.coupons().coupons();
    }

    private void create(Context ctx) throws IOException {
        Map<String, Object> wire = body.readObject(ctx);
        if (wire.get("id") instanceof String id && CouponId.valid(id) && coupons().definition(new CouponId(id)).isPresent()) {
            throw ProblemException.conflict("coupon " + id + " exists; PUT /v1/coupons/" + id + " replaces it");
        }
        CouponDefinition d = define(wire).definition();
        ctx.header("Location", "/v1/coupons/" + d.id());
        ctx.status(201).json(wire(d));
    }

    private void put(Context ctx) throws IOException {
        String id = ID.read(ctx, s -> s);
        Map<String, Object> wire = new LinkedHashMap<>(body.readObject(ctx));
        Object given = wire.putIfAbsent("id", id);
        if (given != null && !given.equals(id)) {
            throw ProblemException.invalid("the body's id differs from the path",
                    FieldProblem.body("/id", "\"" + id + "\" (the id in the path)", FieldError.describe(given)));
        }
        ctx.json(wire(define(wire).definition()));
    }

    private Coupons.Saved define(Map<String, Object> wire) {
        try {
            return coupons().define(wire);
        } catch (InvalidCouponException e) {
            throw ProblemException.invalid("the coupon definition is invalid", e.errors().stream()
                .map(err -> FieldProblem.of(err, "")).toArray(FieldProblem[]::new));
        }
    }

    private void list(Context ctx) {
        ctx.json(Map.of("coupons", coupons().definitions().stream().map(this::wire).toList()));
    }

    private void get(Context ctx) {
        ctx.json(wire(definition(ctx)));
    }

    private void delete(Context ctx) {
        CouponDefinition d = definition(ctx);
        if (!coupons().deleteUnused(d.id())) {
            throw ProblemException.conflict("coupon " + d.id() + " has issued codes and stays for their redemption");
        }
        ctx.status(204);
    }

    private void issue(Context ctx) throws IOException {
        CouponDefinition d = definition(ctx);
        Map<String, Object> request = body.readObject(ctx);
        Object customer = request.get("customer");
        UserId user;
        try {
            user = UserId.of(customer instanceof String s ? s : null);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("the issue request is invalid",
                FieldProblem.body("/customer", "a customer's user id", FieldError.describe(customer)));
        }
        switch (engine.coupons().issue(d.id(), user)) {
            case IssueOutcome.Issued issued -> ctx.status(201).json(CouponWire.issued(issued.coupon()));
            case IssueOutcome.Refused refused -> throw ProblemException.conflict(
                refused.reason().name().toLowerCase(Locale.ROOT) + ": " + refused.detail());
        }
    }

    private void lookup(Context ctx) {
        String code = CODE.read(ctx, s -> s);
        Coupons.Lookup found = coupons().lookup(code).orElseThrow(() -> ProblemException.notFound(
            "no issued code " + code + " (codes are 13 characters; a typo fails the check character)"));
        Map<String, Object> out = new LinkedHashMap<>(CouponWire.issued(found.issued()));
        out.put("coupon", wire(found.definition()));
        ctx.json(out);
    }

    private CouponDefinition definition(Context ctx) {
        String id = ID.read(ctx, s -> s);
        if (!CouponId.valid(id)) {
            throw ProblemException.notFound("no coupon " + id);
        }
        return coupons().definition(new CouponId(id)).orElseThrow(() -> ProblemException.notFound("no coupon " + id));
    }

    private Map<String, Object> wire(CouponDefinition d) {
        Map<String, Object> out = CouponWire.definition(d);
        out.put("usage", CouponWire.usage(coupons().usage(d.id())));
        return out;
    }
}
