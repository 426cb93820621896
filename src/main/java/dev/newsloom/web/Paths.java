package dev.newsloom.web;

import dev.newsloom.model.Article;

/** The site's URL scheme in one place, so links and routes cannot drift apart. */
public final class Paths {
    private Paths() {}

    public static String article(Article a) {
        return "/" + lang(a.lang()) + "/article/" + a.id();
    }

    public static String hashtag(String lang, String tag) {
        return "/" + lang + "/hashtag/" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String category(String lang, dev.newsloom.tags.Category category) {
        return "/" + lang + "/category/" + category.slug();
    }

    public static String search(String query) {
        return "/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String source(long sourceId) {
        return "/source/" + sourceId;
    }

    /** Two-letter language for URLs; articles of unknown language live under "en", the default. */
    public static String lang(String tag) {
        return dev.newsloom.model.SiteLanguage.of(tag);
    }
}
