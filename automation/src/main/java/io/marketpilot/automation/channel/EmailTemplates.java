package io.marketpilot.automation.channel;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * E-mail templates (Mustache, HTML-escaped) by name and locale, e.g. {@code abandoned_cart} in {@code en} and
 * {@code zh}. A source starts with a {@code Subject: …} line, then the HTML body. A locale falls back to its
 * language ({@code zh-CN} → {@code zh}) and then to {@code en}. A variable the template names but the message
 * lacks fails the render (so a typo never mails an empty greeting); a variable that is present but null renders
 * empty.
 */
public final class EmailTemplates {
    /** A rendered e-mail. {@code text} is the HTML body without tags, for the plain-text part. */
    public record Rendered(String subject, String html, String text) { }

    /** A template cannot be rendered with the given data. */
    public static final class RenderException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RenderException(String message) {
            super(message);
        }
    }

    private record Compiled(Template subject, Template body, String source) { }

    private static final List<String> BUILT_IN = List.of("abandoned_cart.en", "abandoned_cart.zh", "coupon.en",
            "coupon.zh");
    private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(true).nullValue("");

    private final Map<String, Compiled> templates;

    private EmailTemplates(Map<String, Compiled> templates) {
        this.templates = Map.copyOf(templates);
    }

    /** The templates shipped with MarketPilot. */
    public static EmailTemplates builtIn() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String key : BUILT_IN) {
            String path = "templates/email/" + key + ".mustache";
            try (InputStream in = EmailTemplates.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("built-in template " + path + " is missing from the classpath");
                }
                sources.put(key, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(sources);
    }

    /** Templates from sources keyed {@code name.locale}; fails naming the template whose syntax is wrong. */
    public static EmailTemplates of(Map<String, String> sources) {
        Map<String, Compiled> out = new LinkedHashMap<>();
        sources.forEach((key, source) -> {
            if (!source.startsWith("Subject:") || source.indexOf('\n') < 0) {
                throw new IllegalArgumentException("template " + key + " must start with a 'Subject: ...' line");
            }
            int nl = source.indexOf('\n');
            try {
                out.put(key, new Compiled(COMPILER.compile(source.substring("Subject:".length(), nl).strip()),
                        COMPILER.compile(source.substring(nl + 1)), source));
            } catch (MustacheException e) {
                throw new IllegalArgumentException("template " + key + ": " + e.getMessage(), e);
            }
        });
        return new EmailTemplates(out);
    }

    /** The same templates plus (or replacing) {@code more}. */
    public EmailTemplates with(EmailTemplates more) {
        Map<String, Compiled> all = new LinkedHashMap<>(templates);
        all.putAll(more.templates);
        return new EmailTemplates(all);
    }

    public Set<String> keys() {
        return templates.keySet();
    }

    /** The source of every template by key ({@code name.locale}): what journeys validate their data against. */
    public Map<String, String> sources() {
        Map<String, String> out = new LinkedHashMap<>();
        templates.forEach((key, t) -> out.put(key, t.source()));
        return out;
    }

    /** The key of the template used for {@code name} in {@code locale}, after fallbacks. */
    public Optional<String> resolve(String name, String locale) {
        String language = locale.contains("-") ? locale.substring(0, locale.indexOf('-')) : locale;
        for (String key : List.of(name + "." + locale, name + "." + language, name + ".en")) {
            if (templates.containsKey(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    public Rendered render(String name, String locale, Map<String, Object> context) {
        String key = resolve(name, locale).orElseThrow(() -> new RenderException("no e-mail template " + name
                + " for locale " + locale + " (nor en); known: " + String.join(", ", templates.keySet())));
        Compiled c = templates.get(key);
        try {
            String html = c.body().execute(context);
            String text = html.replaceAll("(?s)<[^>]*>", " ").replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                    .replaceAll("\\n\\s*\\n+", "\n\n").strip();
            return new Rendered(c.subject().execute(context).strip(), html, text);
        } catch (MustacheException e) {
            throw new RenderException("template " + key + ": " + e.getMessage());
        }
    }
}
