package io.marketpilot.nlp.answer;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.faq.FaqEntry;
import io.marketpilot.nlp.encoder.TextEncoder;
import io.marketpilot.nlp.entity.Entity;
import io.marketpilot.nlp.entity.EntityRecognizer;
import io.marketpilot.nlp.entity.EntityType;
import io.marketpilot.nlp.intent.Intent;
import io.marketpilot.nlp.intent.IntentClassifier;
import io.marketpilot.nlp.intent.IntentPrediction;
import io.marketpilot.nlp.text.Language;
import io.marketpilot.nlp.text.LanguageDetector;
import io.marketpilot.nlp.text.TextNormalizer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers a customer question: normalise → intent → the item (the page's, or the one product the question names)
 * → if the question asks about one of the item's fields and the item has it, answer from the item → else the
 * closest FAQ question if its similarity clears the threshold → else hand off to a human. Thread-safe; the FAQ is
 * swapped whole by {@link #faqChanged}.
 */
public final class Assistant {
    private final TextEncoder encoder;
    private final IntentClassifier intents;
    private final EntityRecognizer entities;
    private final Function<String, Optional<Item>> items;
    private final AssistantConfig config;
    private final TextNormalizer normalizer = new TextNormalizer(1_000);
    private final LanguageDetector languages = new LanguageDetector();
    private volatile FaqIndex faq;

    public Assistant(TextEncoder encoder, IntentClassifier intents, EntityRecognizer entities,
                     Function<String, Optional<Item>> items, List<FaqEntry> faq, AssistantConfig config) {
        this.encoder = encoder;
        this.intents = intents;
        this.entities = entities;
        this.items = items;
        this.config = config;
        this.faq = FaqIndex.of(faq, encoder);
    }

    /** Re-encodes the FAQ; questions answered meanwhile use the previous one. */
    public void faqChanged(List<FaqEntry> entries) {
        this.faq = FaqIndex.of(entries, encoder);
    }

    /** @param pageItem the item whose page the question was asked on, if any */
    public Reply answer(String question, Optional<Item> pageItem) {
        String text = normalizer.normalize(question).text();
        boolean english = languages.detect(text) == Language.EN;
        float[] vector = encoder.encode(text.isEmpty() ? "?" : text); // one encoding for the intent and the FAQ
        IntentPrediction intent = intents.classify(text, vector);
        Optional<Item> item = pageItem.or(() -> namedItem(text));
        if (item.isPresent()) {
            Optional<String> field = ItemFacts.askedField(text, item.get());
            boolean productIntent = intent.intent() == Intent.PRODUCT_QUESTION || intent.intent() == Intent.SIZE_ADVICE;
            if (field.isPresent() && (productIntent || pageItem.isPresent())) {
                Optional<String> said = ItemFacts.answer(field.get(), item.get(), english);
                if (said.isPresent()) {
                    return new Reply(new Answer.FromItem(item.get().id().value(), field.get(), said.get()), intent,
                            item.map(i -> i.id().value()));
                }
            }
        }
        FaqIndex index = faq;
        Optional<FaqIndex.Match> best = text.isEmpty() ? Optional.empty() : index.best(vector);
        double score = best.map(FaqIndex.Match::similarity).orElse(0.0);
        Answer answer;
        if (best.isPresent() && score >= config.faqThreshold()) {
            answer = new Answer.FromFaq(best.get().entry(), score);
        } else {
            String reason = text.isEmpty() ? "empty question" : index.size() == 0 ? "the FAQ is empty"
                    : String.format(java.util.Locale.ROOT, "closest FAQ question scores %.3f < threshold %.2f", score,
                        config.faqThreshold());
            answer = new Answer.Handoff(reason, score, english
                    ? "Thanks for your question! A colleague will get back to you shortly."
                    : "感谢您的提问！我们的客服同事会尽快回复您。");
        }
        return new Reply(answer, intent, item.map(i -> i.id().value()));
    }

    /** The item a question names, when exactly one catalogue product matches. */
    private Optional<Item> namedItem(String text) {
        List<String> ids = entities.catalogue().find(text).stream().filter(e -> e.type() == EntityType.PRODUCT)
                .map(Entity::itemIds).flatMap(List::stream).distinct().toList();
        return ids.size() == 1 ? items.apply(ids.get(0)) : Optional.empty();
    }
}
