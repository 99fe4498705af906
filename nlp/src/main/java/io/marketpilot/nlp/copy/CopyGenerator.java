package io.marketpilot.nlp.copy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes copy variants: with an LLM configured, its drafts are used where they pass the {@link FactGuard} and the
 * template variant of the same label replaces each one that does not (or all of them when the call fails); without
 * one, the templates write everything. Template text is checked too: a failure there is a bug and throws.
 */
public final class CopyGenerator {
    private final TemplateCopywriter templates = new TemplateCopywriter();
    private final Optional<ChatCompletionsCopywriter> llm;
    private final Supplier<Set<String>> shopBrands;

    /** @param shopBrands the catalogue's brands, asked per request (other brands must not appear in an item's copy) */
    public CopyGenerator(Optional<ChatCompletionsCopywriter> llm, Supplier<Set<String>> shopBrands) {
        this.llm = llm;
        this.shopBrands = shopBrands;
    }

    public CopyResult generate(CopyRequest request) {
        FactGuard guard = new FactGuard(request.item(), shopBrands.get());
        List<CopyVariant> fallback = templates.write(request);
        for (CopyVariant v : fallback) {
            List<String> problems = guard.violations(v.text());
            if (!problems.isEmpty()) {
                throw new IllegalStateException("template copy " + v.label() + " failed the fact check: " + problems);
            }
        }
        if (llm.isEmpty()) {
            return new CopyResult(fallback, List.of());
        }
        List<String> notices = new ArrayList<>();
        List<String[]> drafts;
        try {
            drafts = llm.get().draft(request);
        } catch (ChatCompletionsCopywriter.LlmException e) {
            return new CopyResult(fallback, List.of("LLM not used: " + e.getMessage() + "; template copy instead"));
        }
        List<CopyVariant> out = new ArrayList<>();
        for (int i = 0; i < request.variants(); i++) {
            String label = TemplateCopywriter.label(i);
            if (i >= drafts.size()) {
                notices.add("variant " + label + ": the LLM returned only " + drafts.size() + " drafts; template copy");
                out.add(fallback.get(i));
                continue;
            }
            CopyVariant draft = new CopyVariant(label, drafts.get(i)[0], drafts.get(i)[1], "llm", List.of());
            List<String> problems = guard.violations(draft.text());
            if (problems.isEmpty() && !draft.headline().isBlank()) {
                out.add(draft);
            } else {
                notices.add("variant " + label + ": LLM draft rejected (" + String.join("; ", problems) + "); template copy");
                out.add(fallback.get(i));
            }
        }
        return new CopyResult(out, notices);
    }
}
