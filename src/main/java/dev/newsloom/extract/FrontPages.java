package dev.newsloom.extract;

import java.net.URI;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * A site's front page is titled with the site's name: its {@code <title>} is the name and a
 * tagline ("Harbor Gazette | News for the bay since 1921"), and the tagline is no headline. The
 * root address alone is no proof (some sites point every article's canonical link at their root),
 * so the page must not declare itself an article either.
 */
final class FrontPages {
    private static final Pattern SEPARATED = Pattern.compile("(?s)\\s*(?:[|–—»·:-]|::)\\s+\\S.*|.*\\S\\s+(?:[|–—»·-]|::)\\s*");
    private FrontPages() {}

    /** The site's name when the page is the site's front page and its {@code <title>} leads or ends with that name; else {@code title}. */
    static String title(Document doc, String title, String pageUrl, String siteName) {
        if (siteName == null || siteName.isBlank() || !isFront(pageUrl) || declaresArticle(doc)) return title;
        String pageTitle = MetadataExtractor.unescaped(doc.title());
        if (pageTitle == null) return title;
        String site = siteName.strip(), t = pageTitle.strip();
        if (t.length() < site.length()) return title;
        String rest;
        if (t.regionMatches(true, 0, site, 0, site.length())) rest = t.substring(site.length());
        else if (t.regionMatches(true, t.length() - site.length(), site, 0, site.length())) rest = t.substring(0, t.length() - site.length());
        else return title;
        // the name alone, or the name and a tagline across a separator; not a headline that starts with the name
        return rest.isBlank() || SEPARATED.matcher(rest).matches() ? site : title;
    }

    private static boolean declaresArticle(Document doc) {
        String type = MetadataExtractor.meta(doc, "og:type");
        return type != null && type.strip().toLowerCase(java.util.Locale.ROOT).startsWith("article") || MetadataExtractor.articleJsonLd(doc) != null;
    }

    /** Whether the address is a site's root: no path beyond "/", no query. */
    static boolean isFront(String pageUrl) {
        if (pageUrl == null) return false;
        try {
            URI u = URI.create(pageUrl.strip());
            String path = u.getPath();
            return u.getHost() != null && (path == null || path.isEmpty() || path.equals("/")) && u.getQuery() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
