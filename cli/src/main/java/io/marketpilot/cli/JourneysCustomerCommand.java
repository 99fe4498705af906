package io.marketpilot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.journey.CustomerJourney;
import io.marketpilot.server.journeys.JourneyWire;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journeys customer ID [--json]}: where one customer is in every journey and why, newest run first. */
@Command(name = "customer", mixinStandardHelpOptions = true,
        description = "Where a customer is in every journey and why (newest run first).")
final class JourneysCustomerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(paramLabel = "ID", description = "The customer's user_id.")
    String id;

    @Option(names = "--json", description = "Print the runs as GET /v1/customers/{id}/journeys answers them.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        UserId user;
        try {
            user = UserId.of(id.strip());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("marketpilot: not a user id: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<CustomerJourney> runs;
        try (Engine engine = data.openExisting()) {
            runs = engine.journeys().customerJourneys(user);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> wire = new LinkedHashMap<>();
            wire.put("user_id", user.value());
            wire.put("journeys", runs.stream().map(JourneyWire::run).toList());
            out.println(new ObjectMapper().writeValueAsString(wire));
        } else if (runs.isEmpty()) {
            out.println(user.value() + " has not entered any journey");
        } else {
            for (CustomerJourney r : runs) {
                out.println(line(r));
                r.history().forEach(h -> out.println("    " + h.at() + "  " + h.kind()
                        + (h.step() == null ? "" : " " + h.step())
                        + (h.detail() == null || h.detail().isBlank() ? "" : ": " + h.detail())));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String line(CustomerJourney r) {
        String where = r.active()
                ? "in " + r.currentStep() + " since " + r.since()
                        + r.waitingFor().map(w -> ", waiting for " + w).orElse("")
                        + r.until().map(u -> " until " + u).orElse("")
                : "left at " + r.exitedAt().map(Object::toString).orElse("?") + ": "
                        + r.exitReason().orElse("?") + " (last step " + r.currentStep() + ")";
        return r.journeyId() + " v" + r.version() + " (run " + r.runId() + ", entered " + r.enteredAt() + "): " + where;
    }
}
