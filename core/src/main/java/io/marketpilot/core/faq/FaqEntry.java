package io.marketpilot.core.faq;

/** One FAQ entry: a stable id chosen by the shop, the question as customers would ask it, and the answer. */
public record FaqEntry(String id, String question, String answer) {
    public FaqEntry {
        require(id, "id");
        require(question, "question");
        require(answer, "answer");
        id = id.strip();
        question = question.strip();
        answer = answer.strip();
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("FAQ entry field '" + field + "' must not be blank, got "
                    + (value == null ? "null" : "\"" + value + "\""));
        }
    }
}
