package io.marketpilot.automation.channel;

import io.marketpilot.core.customer.Customer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables an e-mail template sees: {@code customer} (id, name, email and every trait), {@code data} (the
 * message's own data), {@code recommendations} (title, price, currency, url — tracked —, image) with
 * {@code has_recommendations}, {@code shop_url}, {@code pixel} (open-tracking image) and the {@code track} lambda
 * that turns the URL between its tags into a tracked one.
 */
final class EmailPersonalisation {
    /** The address to send to and the variables; or {@code problem} when the customer cannot get this e-mail. */
    record Prepared(String to, Map<String, Object> variables, String problem) { }

    private final ChannelContext context;

    EmailPersonalisation(ChannelContext context) {
        this.context = context;
    }

    Prepared prepare(Message m) {
        Optional<Customer> customer = context.customers().apply(m.customer());
        Object email = customer.map(c -> c.traits().get("email")).orElse(null);
        if (!(email instanceof String to) || to.isBlank()) {
            return new Prepared(null, null, "customer " + m.customer() + " has no e-mail trait");
        }
        Map<String, Object> who = new LinkedHashMap<>(customer.get().traits());
        who.put("id", m.customer().value());
        who.putIfAbsent("name", Optional.ofNullable(who.get("first_name")).orElse(m.customer().value()));
        String base = context.publicBaseUrl().replaceAll("/+$", "");
        List<Map<String, Object>> items = new ArrayList<>();
        for (RecommendedItem r : context.recommendations().apply(m.customer())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", r.itemId());
            item.put("title", r.title());
            item.put("price", r.price() == null ? "" : r.price().toPlainString());
            item.put("currency", r.currency() == null ? "" : r.currency());
            item.put("url", r.url() == null ? "" : base + "/t/c/" + context.tracking().click(m.key(), r.url()));
            item.put("image", r.imageUrl() == null ? "" : r.imageUrl());
            items.add(item);
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("customer", who);
        vars.put("data", m.data());
        vars.put("recommendations", items);
        vars.put("has_recommendations", !items.isEmpty());
        vars.put("shop_url", m.data().getOrDefault("shop_url", base));
        vars.put("pixel", base + "/t/o/" + context.tracking().open(m.key()));
        vars.put("track", (com.samskivert.mustache.Mustache.Lambda) (fragment, out) ->
                out.write(base + "/t/c/" + context.tracking().click(m.key(), fragment.execute().strip())));
        return new Prepared(to, vars, null);
    }
}
