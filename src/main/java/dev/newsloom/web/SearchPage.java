package dev.newsloom.web;

import java.util.List;

/** The search form and its results; {@code error} explains a query that could not be run. */
public record SearchPage(String query, String error, List<ArticleCard> cards, String newerHref, String olderHref,
        String feedHref) {}
