package dev.newsloom.web;

import java.util.List;

/** @param boilerplate lines learned as this source's boilerplate, removed from its articles */
public record SourcePage(SourceRow source, List<AttemptRow> attempts, List<ArticleCard> cards, long articleCount,
        List<BoilerplateRow> boilerplate) {}
