package dev.newsloom.web;

import java.util.List;

/**
 * The search form, its results and facets; {@code error} explains a query that could not be run.
 *
 * @param results  the hits, each a card with its highlighted snippet (HTML, already escaped)
 * @param filters  the active filters, each with a link that removes it
 * @param facets   groups of links that narrow the search ("Sources", "Categories", "Hashtags")
 */
public record SearchPage(String query, String error, List<Result> results, long total, String sort,
        List<TagLink> filters, List<FacetGroup> facets, String newerHref, String olderHref, String feedHref,
        Form form) {

    public record Result(ArticleCard card, String snippetHtml) {}

    public record FacetGroup(String name, List<FacetLink> links) {}

    public record FacetLink(String label, int count, String href) {}

    /** The values to put back into the form's fields. */
    public record Form(String source, String tag, String category, String lang, String from, String to,
            List<Option> sources, List<Option> categories) {}

    public record Option(String value, String label, boolean selected) {}
}
