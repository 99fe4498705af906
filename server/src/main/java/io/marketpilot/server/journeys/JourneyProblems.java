package io.marketpilot.server.journeys;

import io.marketpilot.automation.segment.Problem;
import io.marketpilot.server.problem.FieldProblem;
import io.marketpilot.server.problem.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A definition's problems as the API shows them: JSONPath ({@code $.steps.remind.next}) and JSON Pointer. */
final class JourneyProblems {
    private JourneyProblems() {}

    static ProblemException invalid(List<Problem> problems) {
        return ProblemException.invalid(problems.size() + " problem(s) in the journey definition; nothing was saved",
                problems.stream().map(p -> new FieldProblem(pointer(p.path()), null, null, null, p.toString(), null, null))
                        .toArray(FieldProblem[]::new));
    }

    /** {@code {"pointer", "path", "detail"}} per problem, for the validate answer. */
    static List<Map<String, Object>> wire(List<Problem> problems) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pointer", pointer(p.path()));
            m.put("path", p.path());
            m.put("detail", p.toString());
            out.add(m);
        }
        return out;
    }

    /**
     * {@code $.steps.remind.next} → {@code /steps/remind/next}; {@code $.exit_rules[1].event} →
     * {@code /exit_rules/1/event}; bracketed names ({@code $.steps['a.b']}) keep their dots.
     */
    static String pointer(String path) {
        String p = path.startsWith("$") ? path.substring(1) : path;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '[') {
                int end = closing(p, i);
                String inner = p.substring(i + 1, end);
                if (inner.length() >= 2 && (inner.charAt(0) == '\'' || inner.charAt(0) == '"')) {
                    inner = inner.substring(1, inner.length() - 1);
                }
                token(out, inner);
                i = end + 1;
            } else {
                int start = c == '.' ? i + 1 : i;
                int end = start;
                while (end < p.length() && p.charAt(end) != '.' && p.charAt(end) != '[') {
                    end++;
                }
                token(out, p.substring(start, end));
                i = end;
            }
        }
        return out.toString();
    }

    private static int closing(String p, int open) {
        char quote = open + 1 < p.length() ? p.charAt(open + 1) : ']';
        if (quote == '\'' || quote == '"') {
            int q = p.indexOf(quote, open + 2);
            if (q > 0 && q + 1 < p.length() && p.charAt(q + 1) == ']') {
                return q + 1;
            }
        }
        int end = p.indexOf(']', open);
        return end < 0 ? p.length() : end;
    }

    private static void token(StringBuilder out, String token) {
        if (!token.isEmpty()) {
            out.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
    }
}
