package io.marketpilot.server.journeys;

/** Journey definitions the API tests post (the language of docs/journeys.md). */
final class JourneyFixtures {
    private JourneyFixtures() {}

    /**
     * The abandoned-cart journey of the issue, with each message on a webhook and by e-mail and no holdout (so the
     * test knows who is treated): wait an hour, remind, wait a day, issue a coupon and send its code; any purchase
     * exits; a customer may enter again whenever no run of theirs is active.
     */
    static String abandonedCart(String webhook, String email, String coupon) {
        return """
            {"id": "abandoned-cart", "name": "Abandoned cart",
             "trigger": {"type": "event", "event": {"type": "add_to_cart"}},
             "steps": [
               {"id": "wait-1h", "type": "wait", "duration": "1h", "next": "remind-hook"},
               {"id": "remind-hook", "type": "send_message", "channel": "%1$s", "template": "abandoned_cart",
                "next": "remind-mail"},
               {"id": "remind-mail", "type": "send_message", "channel": "%2$s", "template": "abandoned_cart",
                "next": "wait-1d"},
               {"id": "wait-1d", "type": "wait", "duration": "1d", "next": "coupon"},
               {"id": "coupon", "type": "issue_coupon", "coupon": "%3$s", "next": "coupon-hook"},
               {"id": "coupon-hook", "type": "send_message", "channel": "%1$s", "template": "coupon",
                "data": {"coupon_code": "{{coupon_code}}"}, "next": "coupon-mail"},
               {"id": "coupon-mail", "type": "send_message", "channel": "%2$s", "template": "coupon",
                "data": {"coupon_code": "{{coupon_code}}"}, "next": "done"},
               {"id": "done", "type": "exit", "reason": "completed"}
             ],
             "exit_rules": [{"reason": "purchased", "event": {"type": "purchase"}}],
             "re_entry": "always",
             "goal": {"event": {"type": "purchase"}, "window": "7d"}}
            """.formatted(webhook, email, coupon);
    }

    /** A definition with one problem of each kind the issue names, and a few more. */
    static final String BROKEN = """
            {"id": "broken", "trigger": {"type": "event", "event": {"type": "add_to_cart"}},
             "steps": [
               {"id": "start", "type": "wait", "duration": "1h", "next": "mail"},
               {"id": "mail", "type": "send_message", "channel": "email", "template": "coupon",
                "data": {"coupon_code": "{{coupon_code}}"}, "next": "nowhere"},
               {"id": "odd", "type": "teleport"},
               {"id": "orphan", "type": "exit"}
             ],
             "re_entry": "sometimes"}
            """;
}
