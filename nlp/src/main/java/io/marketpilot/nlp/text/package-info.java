/**
 * The text pipeline: {@link io.marketpilot.nlp.text.TextPipeline} normalises (BOM, HTML, full-width, traditional
 * Chinese, emoji, whitespace), detects the language, segments (HanLP dictionary/HMM), drops stop words and ranks
 * keywords. It never throws on content: empty, huge, mixed or garbage text gives a result with notices.
 */
package io.marketpilot.nlp.text;
