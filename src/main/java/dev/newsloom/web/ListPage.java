package dev.newsloom.web;

import java.util.List;

/**
 * A paginated list of articles under a heading: hashtag, category and search pages.
 *
 * @param feedHref an Atom feed of the same list, or null
 */
public record ListPage(String title, String heading, String intro, List<ArticleCard> cards, String emptyMessage,
        String newerHref, String olderHref, String feedHref) {}
