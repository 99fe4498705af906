package io.marketpilot.automation.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid random journeys from a small grammar, seeded. Step i always leads to step i+1 (so every step is reachable
 * and the last one, an exit, is reachable from all); the second exit of a branch, split or wait-for-event goes to a
 * later step or back to an earlier wait (so every loop contains a wait).
 */
final class RandomJourneys {
    private static final String[] TYPES = {"wait", "wait_until", "wait_for_event", "branch", "split", "send_message",
            "issue_coupon", "call_webhook", "set_trait", "add_to_segment"};
    private static final String[] EVENTS = {"purchase", "view", "add_to_cart"};

    private RandomJourneys() {}

    static String journey(long seed) {
        return journey(seed, false);
    }

    /** With {@code instant}, only steps that do not wait (no waits, no coupon, whose result is awaited). */
    static String journey(long seed, boolean instant) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(9);
        List<String> types = new ArrayList<>();
        while (types.size() < n - 1) {
            String type = TYPES[r.nextInt(TYPES.length)];
            if (!instant || !(type.startsWith("wait") || type.equals("issue_coupon"))) {
                types.add(type);
            }
        }
        types.add("exit");
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            steps.add(step(r, i, types));
        }
        StringBuilder extra = new StringBuilder("'re_entry': " + (r.nextBoolean() ? "'always'" : "{'after': '1h'}"));
        if (r.nextBoolean()) {
            extra.append(", 'exit_rules': [{'reason': 'purchased', 'event': {'type': 'purchase'}}]");
        }
        if (r.nextBoolean()) {
            extra.append(", 'goal': {'event': {'type': 'purchase'}, 'window': '").append(1 + r.nextInt(5)).append("d'}");
        }
        return "{'id': 'rj', 'trigger': {'type': 'event', 'event': {'type': 'add_to_cart'}}, 'steps': ["
                + String.join(", ", steps) + "], " + extra + "}";
    }

    private static String step(Random r, int i, List<String> types) {
        String id = "'id': 's" + i + "', 'type': '" + types.get(i) + "'";
        String next = "s" + (i + 1);
        return "{" + id + switch (types.get(i)) {
            case "wait" -> ", 'duration': '" + (1 + r.nextInt(120)) + "m', 'next': '" + next + "'";
            case "wait_until" -> ", 'time': '" + String.format("%02d:%02d", r.nextInt(24), r.nextInt(60)) + "', 'next': '"
                    + next + "'";
            case "wait_for_event" -> ", 'event': {'type': '" + EVENTS[r.nextInt(EVENTS.length)] + "'}, 'timeout': '"
                    + (1 + r.nextInt(48)) + "h', 'on_event': '" + target(r, i, types, next) + "', 'on_timeout': '"
                    + next + "'";
            case "branch" -> ", 'condition': {'trait': 'tier', 'op': '=', 'value': 'gold'}, 'then': '"
                    + target(r, i, types, next) + "', 'else': '" + next + "'";
            case "split" -> ", 'holdout_percent': " + r.nextInt(50) + ", 'arms': [{'name': 'a', 'weight': "
                    + (1 + r.nextInt(3)) + ", 'next': '" + next + "'}, {'name': 'b', 'next': '" + forward(r, i, types.size())
                    + "'}]";
            case "send_message" -> ", 'channel': 'email', 'template': 'abandoned_cart', 'data': {'who': '{{customer.id}}'},"
                    + " 'next': '" + next + "'";
            case "issue_coupon" -> ", 'coupon': 'cart-10', 'next': '" + next + "'";
            case "call_webhook" -> ", 'channel': 'crm-webhook', 'payload': {'run': '{{run.id}}'}, 'next': '" + next + "'";
            case "set_trait" -> ", 'trait': 'tier', 'value': '" + (r.nextBoolean() ? "gold" : "plain") + "', 'next': '" + next + "'";
            case "add_to_segment" -> ", 'segment': 'vip', 'next': '" + next + "'";
            default -> ", 'reason': 'r" + i + "'";
        } + "}";
    }

    /** The next step, a later one, or (sometimes) an earlier or the same wait step. */
    private static String target(Random r, int i, List<String> types, String next) {
        List<Integer> waits = new ArrayList<>();
        for (int j = 0; j <= i; j++) {
            if (types.get(j).startsWith("wait")) {
                waits.add(j);
            }
        }
        if (!waits.isEmpty() && r.nextBoolean()) {
            return "s" + waits.get(r.nextInt(waits.size()));
        }
        return r.nextBoolean() ? next : forward(r, i, types.size());
    }

    private static String forward(Random r, int i, int n) {
        return "s" + (i + 1 + r.nextInt(n - i - 1));
    }
}
