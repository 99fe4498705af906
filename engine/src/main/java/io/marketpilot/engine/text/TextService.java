package io.marketpilot.engine.text;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.faq.FaqEntry;
import io.marketpilot.core.faq.FaqStore;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.store.ItemStore;
import io.marketpilot.nlp.answer.Assistant;
import io.marketpilot.nlp.answer.AssistantConfig;
import io.marketpilot.nlp.answer.Reply;
import io.marketpilot.nlp.copy.ChatCompletionsCopywriter;
import io.marketpilot.nlp.copy.CopyGenerator;
import io.marketpilot.nlp.copy.CopyRequest;
import io.marketpilot.nlp.copy.CopyResult;
import io.marketpilot.nlp.encoder.TextEncoder;
import io.marketpilot.nlp.entity.EntityRecognizer;
import io.marketpilot.nlp.intent.IntentClassifier;
import io.marketpilot.nlp.models.NlpModels;
import io.marketpilot.nlp.text.AnalyzedText;
import io.marketpilot.nlp.text.TextPipeline;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The engine's text understanding: analyse, answer, FAQ, copy. Thread-safe. The encoder (and with it the intent
 * head and the FAQ index) loads on the first call that needs it.
 */
public final class TextService implements AutoCloseable {
    private final ItemStore items;
    private final FaqStore faq;
    private final TextConfig config;
    private final Supplier<NlpModels> models;
    private final TextPipeline pipeline;
    private final CatalogueVocabulary vocabulary;
    private final CopyGenerator copy;
    private volatile ReviewSignals signals = ReviewSignals.NONE;
    private volatile Loaded loaded;

    public TextService(ItemStore items, FaqStore faq, TextConfig config, Supplier<NlpModels> models) {
        this.items = items;
        this.faq = faq;
        this.config = config;
        this.models = models;
        this.pipeline = new TextPipeline(config.maxCodePoints());
        this.vocabulary = new CatalogueVocabulary(items);
        this.copy = new CopyGenerator(config.copyLlm().map(c -> new ChatCompletionsCopywriter(c,
                HttpClient.newBuilder().connectTimeout(c.timeout()).build())), vocabulary::brands);
    }

    /** Wires review analysis in (sentiment and aspects of texts, aspect counts of items). */
    public void useReviewSignals(ReviewSignals reviewSignals) {
        this.signals = reviewSignals;
    }

    /** Marks the catalogue dictionary stale: the next call rebuilds it. */
    public void catalogueChanged() {
        vocabulary.changed();
    }

    public TextAnalysis analyze(String text) {
        AnalyzedText analyzed = pipeline.analyze(text);
        Loaded l = loaded();
        ReviewSignals s = signals;
        return new TextAnalysis(analyzed, l.entities.recognize(analyzed.text()), l.intents.classify(analyzed.text()),
                s.sentiment(analyzed.text()), s.aspects(analyzed.text()));
    }

    /**
     * Answers a customer question, on the page of {@code itemId} if given.
     *
     * @throws java.util.NoSuchElementException if {@code itemId} names no item
     */
    public Reply answer(String question, Optional<ItemId> itemId) {
        Optional<Item> page = itemId.map(id -> items.get(id).orElseThrow(
                () -> new java.util.NoSuchElementException("item '" + id.value() + "' does not exist")));
        Loaded l = loaded();
        l.entities.refresh();
        return l.assistant.answer(question, page);
    }

    public List<FaqEntry> faq() {
        return faq.list();
    }

    /** Replaces the FAQ (durably) and re-encodes it for the assistant. */
    public void replaceFaq(List<FaqEntry> entries) {
        faq.replaceAll(entries);
        Loaded l = loaded;
        if (l != null) {
            l.assistant.faqChanged(faq.list());
        }
    }

    /** Copy for an item; empty if the item does not exist. */
    public Optional<CopyResult> copy(ItemId id, CopyOptions options) {
        return items.get(id).map(item -> copy.generate(new CopyRequest(item,
                options.aspects().orElseGet(() -> signals.itemAspects(id.value())), options.language(), options.kind(),
                options.variants(), options.seed())));
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                if (loaded == null) {
                    NlpModels nlp = models.get(); // the engine's one encoder with the intent head of its variant
                    TextEncoder encoder = nlp.encoder();
                    IntentClassifier intents = nlp.intents();
                    EntityRecognizer entities = new EntityRecognizer(vocabulary.dictionary());
                    Assistant assistant = new Assistant(encoder, intents, entities, id -> items.get(ItemId.of(id)),
                            faq.list(), new AssistantConfig(config.faqThreshold()));
                    loaded = new Loaded(encoder, intents, new LiveEntities(vocabulary, entities), assistant);
                }
                l = loaded;
            }
        }
        return l;
    }

    /** The encoder belongs to whoever supplied it (the engine's one NLP runtime), so nothing to close here. */
    @Override
    public void close() {
    }

    /** Keeps the recognizer's dictionary current with the catalogue before each use. */
    private record LiveEntities(CatalogueVocabulary vocabulary, EntityRecognizer recognizer) {
        List<io.marketpilot.nlp.entity.Entity> recognize(String text) {
            refresh();
            return recognizer.recognize(text);
        }

        void refresh() {
            var current = vocabulary.dictionary();
            if (current != recognizer.catalogue()) {
                recognizer.catalogueChanged(current);
            }
        }
    }

    private record Loaded(TextEncoder encoder, IntentClassifier intents, LiveEntities entities, Assistant assistant) {}
}
