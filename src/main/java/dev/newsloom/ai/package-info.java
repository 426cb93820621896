/**
 * AI features grounded in the coverage: article summaries and key points, story briefs with a
 * citation per sentence and what is new, who's who, timelines, compare coverage, and questions
 * answered by quoting the articles. The default engine is extractive and runs in process
 * ({@link dev.newsloom.ai.ExtractiveEngine}); an optional OpenAI-compatible model only rephrases
 * what it retrieved ({@link dev.newsloom.ai.Rewriter}). Results are cached through the
 * {@link dev.newsloom.ai.AiCache} port, which the store implements.
 */
package dev.newsloom.ai;
