/**
 * Marketing copy (product descriptions, ads, e-mails) in zh and en, several variants for A/B tests.
 * {@link io.marketpilot.nlp.copy.CopyGenerator} is the entry: the default {@link io.marketpilot.nlp.copy.TemplateCopywriter}
 * states only facts the item has; an optional OpenAI-compatible LLM ({@link io.marketpilot.nlp.copy.ChatCompletionsCopywriter})
 * may write instead, and every text — template or LLM — passes the {@link io.marketpilot.nlp.copy.FactGuard} before use.
 */
package io.marketpilot.nlp.copy;
