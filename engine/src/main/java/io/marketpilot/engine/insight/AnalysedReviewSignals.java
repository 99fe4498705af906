package io.marketpilot.engine.insight;

import io.marketpilot.engine.text.ReviewSignals;
import io.marketpilot.nlp.aspect.AspectMention;
import io.marketpilot.nlp.copy.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The review analysis seen from text understanding: {@code /v1/text/analyze} gets sentiment and aspects from the
 * shipped sentiment head and the aspect analyser, item copy praises the aspects customers praised in the item's
 * reviews. Both sides use the engine's one encoder.
 */
public final class AnalysedReviewSignals implements ReviewSignals {
    private final NlpRuntime nlp;
    private final ReviewInsights reviews;

    public AnalysedReviewSignals(NlpRuntime nlp, ReviewInsights reviews) {
        this.nlp = nlp;
        this.reviews = reviews;
    }

    @Override
    public Optional<SentimentSignal> sentiment(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var s = nlp.sentiment().scoreAll(List.of(text), nlp.encoder()).get(0);
        return Optional.of(new SentimentSignal(s.polarity().name().toLowerCase(Locale.ROOT), s.positiveProbability()));
    }

    @Override
    public List<AspectSignal> aspects(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<AspectSignal> out = new ArrayList<>();
        for (AspectMention m : nlp.aspects().analyse(text).aspects()) {
            out.add(new AspectSignal(copyName(m.aspect().code()), m.polarity().name().toLowerCase(Locale.ROOT),
                    m.clause()));
        }
        return out;
    }

    @Override
    public List<io.marketpilot.nlp.copy.AspectMention> itemAspects(String itemId) {
        List<io.marketpilot.nlp.copy.AspectMention> out = new ArrayList<>();
        for (ItemInsights.AspectSummary a : reviews.insights(itemId).aspects()) {
            String name = copyName(a.aspect());
            out.add(new io.marketpilot.nlp.copy.AspectMention(name, Polarity.POSITIVE, a.positive()));
            out.add(new io.marketpilot.nlp.copy.AspectMention(name, Polarity.NEGATIVE, a.negative()));
        }
        return out;
    }

    /** Copy and the analysis API name aspects with '_' ({@code size_fit}); the aspect analyser with '-'. */
    private static String copyName(String code) {
        return code.replace('-', '_');
    }
}
