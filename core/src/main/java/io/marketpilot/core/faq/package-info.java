/**
 * The shop's FAQ: {@link io.marketpilot.core.faq.FaqEntry} question/answer pairs kept by a
 * {@link io.marketpilot.core.faq.FaqStore}; the assistant answers customer questions from them.
 */
package io.marketpilot.core.faq;
