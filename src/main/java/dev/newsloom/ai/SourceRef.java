package dev.newsloom.ai;

import java.time.Instant;

/** Source number {@code n} of a result: the article a citation [n] links to. */
public record SourceRef(int n, String articleId, String title, String source, String lang, Instant published) {}
