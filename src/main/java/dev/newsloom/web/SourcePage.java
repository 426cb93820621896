package dev.newsloom.web;

import java.util.List;

public record SourcePage(SourceRow source, List<AttemptRow> attempts, List<ArticleCard> cards, long articleCount) {}
