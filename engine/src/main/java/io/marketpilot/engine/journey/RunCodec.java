package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyId;
import io.marketpilot.automation.journey.JourneyRun;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link JourneyRun} as the JSON of {@code journey_runs.state} (instants as epoch milliseconds). */
final class RunCodec {
    private RunCodec() {
    }

    static String write(JourneyRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", r.runId());
        m.put("journey", r.journeyId().value());
        m.put("version", r.version());
        m.put("customer", r.customerKey());
        m.put("step", r.stepId());
        m.put("entered", r.enteredAt().toEpochMilli());
        m.put("step_at", millis(r.stepAt()));
        m.put("wake", millis(r.wakeAt()));
        m.put("arm", r.arm());
        m.put("awaiting", r.awaiting());
        m.put("variables", r.variables());
        m.put("sequence", r.sequence());
        m.put("converted", r.converted());
        m.put("exit", r.exitReason());
        return Json.write(m);
    }

    @SuppressWarnings("unchecked")
    static JourneyRun read(String doc) {
        Map<String, Object> m = Json.read(doc);
        return new JourneyRun((String) m.get("run"), new JourneyId((String) m.get("journey")),
                ((Number) m.get("version")).intValue(), (String) m.get("customer"), (String) m.get("step"),
                instant(m.get("entered")), instant(m.get("step_at")), instant(m.get("wake")), (String) m.get("arm"),
                (String) m.get("awaiting"), (Map<String, String>) m.get("variables"),
                ((Number) m.get("sequence")).longValue(), Boolean.TRUE.equals(m.get("converted")),
                (String) m.get("exit"));
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }

    private static Instant instant(Object v) {
        return v == null ? null : Instant.ofEpochMilli(((Number) v).longValue());
    }
}
