package io.marketpilot.cli;

import io.marketpilot.cli.DemoShopFiles.SampleIds;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What the running demo prints: where it is, the key, and curl commands with real ids of the shop. */
final class DemoTryIt {
    private DemoTryIt() {}

    static void print(PrintWriter out, String url, DemoApiKey.Secret key, SampleIds ids, Path dataDir,
                      Instant now) {
        String auth = "-H 'Authorization: Bearer " + key.value() + "'";
        String event = "[{\"type\":\"view\",\"user_id\":\"" + ids.user() + "\",\"item_id\":\"" + ids.item()
                + "\",\"timestamp\":\"" + now.truncatedTo(ChronoUnit.SECONDS) + "\"}]";
        out.println();
        out.println("MarketPilot demo is serving " + url + "   (Ctrl-C stops it)");
        out.println("admin API key: " + key.value()
                + (key.createdNow() ? "   (new; kept in " : "   (reused from ") + dataDir.resolve(DemoApiKey.FILE) + ")");
        out.println();
        out.println("Try it:");
        out.println("  # send an event");
        out.println("  curl -s -X POST " + url + ApiRoutes.EVENTS + " " + auth + " -H 'Content-Type: application/json' \\");
        out.println("       -d '" + event + "'");
        out.println("  # read a customer");
        out.println("  curl -s " + url + ApiRoutes.customer(ids.user()) + " " + auth);
        out.println("  # recommendations for that customer");
        out.println("  curl -s '" + url + ApiRoutes.recommendations(ids.user(), 10) + "' " + auth);
        out.println("  # the journeys: the abandoned-cart report, and where the customer is in them");
        out.println("  curl -s " + url + "/v1/journeys/abandoned-cart/report " + auth);
        out.println("  curl -s " + url + ApiRoutes.customerJourneys(ids.user()) + " " + auth);
        out.flush();
    }
}
