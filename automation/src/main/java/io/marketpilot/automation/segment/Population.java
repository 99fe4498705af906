package io.marketpilot.automation.segment;

import java.util.function.BiConsumer;

/** The known customers and their facts. A customer the population does not know has {@link CustomerFacts#NONE}. */
public interface Population {
    CustomerFacts facts(String userId);

    /** Every known customer (the batch evaluator's universe includes them even without events). */
    void forEach(BiConsumer<String, CustomerFacts> sink);
}
