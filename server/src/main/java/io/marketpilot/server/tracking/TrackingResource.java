package io.marketpilot.server.tracking;

import io.javalin.http.Context;
import io.marketpilot.engine.Engine;
import io.marketpilot.server.problem.ProblemException;
import io.marketpilot.server.route.PathParam;
import io.marketpilot.server.route.Route;
import java.util.Base64;
import java.util.List;

/**
 * Where tracked e-mails point, public (recipients have no API key): the open pixel records {@code message_opened}
 * and always answers the 1×1 GIF (a broken image would help no one); a click records {@code message_clicked} and
 * redirects (302) to the signed target, or answers 404 for a forged or damaged token, never redirecting elsewhere.
 */
public final class TrackingResource {
    private static final PathParam TOKEN = new PathParam("token", "a signed tracking token from a sent message");
    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final Engine engine;

    public TrackingResource(Engine engine) {
        this.engine = engine;
    }

    public List<Route> routes() {
        return List.of(
            Route.get("/t/o/{token}").summary("trackOpen", "tracking", "Open-tracking pixel").path(TOKEN)
                .returnsText("image/gif", "a transparent 1x1 GIF").handle(this::open),
            Route.get("/t/c/{token}").summary("trackClick", "tracking", "Tracked link").path(TOKEN).mayNotFind()
                .returnsNothing(302, "redirect to the link's target").handle(this::click));
    }

    private void open(Context ctx) {
        engine.messaging().opened(TOKEN.read(ctx, s -> s));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("image/gif").result(PIXEL);
    }

    private void click(Context ctx) {
        String target = engine.messaging().clicked(TOKEN.read(ctx, s -> s))
            .orElseThrow(() -> ProblemException.notFound("this link is not valid (damaged or not ours)"));
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(target, io.javalin.http.HttpStatus.FOUND);
    }
}
