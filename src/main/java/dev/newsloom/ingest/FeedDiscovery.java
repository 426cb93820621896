package dev.newsloom.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feeds an HTML page advertises with {@code <link rel="alternate">}, so a source can be
 * added by its home page. RSS and Atom come before JSON: they are what most sites mean as "the"
 * feed, while {@code application/json} alternates are often unrelated APIs.
 */
public final class FeedDiscovery {
    private FeedDiscovery() {}

    /** Advertised feeds, absolute, RSS/Atom first then JSON, each in document order, without repeats. */
    public static List<URI> discover(String html, URI base) {
        if (html == null || html.isBlank()) return List.of();
        Document doc = Jsoup.parse(html, base == null ? "" : base.toString());
        Set<URI> xml = new LinkedHashSet<>();
        Set<URI> json = new LinkedHashSet<>();
        for (Element link : doc.select("link[rel][href][type]")) {
            if (!isAlternate(link.attr("rel"))) continue;
            String type = mimeOf(link.attr("type"));
            URI href = absolute(link, base);
            if (href == null) continue;
            switch (type) {
                case "application/rss+xml", "application/atom+xml", "application/rdf+xml" -> xml.add(href);
                case "application/feed+json" -> json.add(href);
                case "application/json" -> {
                    if (looksLikeFeed(link)) json.add(href);
                }
                default -> { }
            }
        }
        List<URI> out = new ArrayList<>(xml);
        json.stream().filter(u -> !xml.contains(u)).forEach(out::add);
        return List.copyOf(out);
    }

    private static boolean isAlternate(String rel) {
        for (String token : rel.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (token.equals("alternate")) return true;
        }
        return false;
    }

    private static String mimeOf(String type) {
        int semi = type.indexOf(';');
        return (semi >= 0 ? type.substring(0, semi) : type).strip().toLowerCase(Locale.ROOT);
    }

    /** Plain application/json is also used for oEmbed and REST endpoints; keep only feed-like ones. */
    private static boolean looksLikeFeed(Element link) {
        String hint = (link.attr("title") + " " + link.attr("href")).toLowerCase(Locale.ROOT);
        return hint.contains("feed") || hint.contains("json feed");
    }

    private static URI absolute(Element link, URI base) {
        String abs = link.absUrl("href");
        String candidate = abs.isEmpty() ? link.attr("href").strip() : abs;
        try {
            URI uri = new URI(candidate);
            if (!uri.isAbsolute() && base != null) uri = base.resolve(uri);
            if (!uri.isAbsolute()) return null;
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? uri : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null; // a malformed href is skipped, not fatal to the rest of the page
        }
    }
}
