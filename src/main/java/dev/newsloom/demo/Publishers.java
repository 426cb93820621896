package dev.newsloom.demo;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The newsroom's cast of invented publishers, each with its own markup, feed and URL scheme. */
final class Publishers {
    private Publishers() {}

    static final List<Publisher> ALL = List.of(
            new Publisher("harbour-ledger", "The Harbour Ledger", "en", "UTF-8", "json-ld", FeedFormat.RSS_2,
                    true, true, false, false,
                    "Join The Harbour Ledger\u2019s Telegram channel and get the latest breaking news delivered to you.",
                    null, "dated-section"),
            new Publisher("northgate-courier", "Northgate Courier", "en", "UTF-8", "json-ld-graph", FeedFormat.ATOM_1,
                    false, false, false, false, null, null, "news-html"),
            new Publisher("valemont-daily", "Valemont Daily", "en", "UTF-8", "open-graph", FeedFormat.RSS_2,
                    false, true, false, false, null, null, "story-id"),
            new Publisher("copperline-post", "The Copperline Post", "en", "UTF-8", "microdata", FeedFormat.JSON_FEED_1_1,
                    false, false, false, false, null,
                    "Readers fund the Copperline Post. A monthly gift keeps our newsroom going.",
                    "section"),
            new Publisher("eastbrook-observer", "Eastbrook Observer", "en", "UTF-8", "time-tag", FeedFormat.RSS_1,
                    false, false, false, false, null, null, "dated"),
            new Publisher("pinewick-gazette", "Pinewick Gazette", "en", "UTF-8", "div-soup", FeedFormat.RSS_2,
                    false, false, true, false, null, null, "a-id"),
            new Publisher("lindenfeld-tribune", "The Lindenfeld Tribune", "en", "UTF-8", "semantic", FeedFormat.ATOM_1,
                    false, false, false, false, null,
                    "Join the Lindenfeld Tribune\u2019s channel for breaking news delivered to you.", "section"),
            new Publisher("saltmarsh-chronicle", "Saltmarsh Chronicle", "en", "windows-1252", "legacy", FeedFormat.RSS_2,
                    false, true, false, false, null, null, "htm"),
            new Publisher("kestrel-review", "The Kestrel Review", "en", "UTF-8", "paywall", FeedFormat.RSS_2,
                    false, true, false, true, null, null, "section"));

    /**
     * The publisher whose feed fails now and then when the newsroom runs with
     * {@link NewsroomOptions#flakyFeed()}, so the operator side has failures to show.
     */
    static final String FLAKY = "valemont-daily";

    static PublisherTemplate template(Publisher publisher) {
        return switch (publisher.template()) {
            case "json-ld" -> new JsonLdTemplate();
            case "json-ld-graph" -> new JsonLdGraphTemplate();
            case "open-graph" -> new OpenGraphTemplate();
            case "microdata" -> new MicrodataTemplate();
            case "time-tag" -> new TimeTagTemplate();
            case "div-soup" -> new DivSoupTemplate();
            case "semantic" -> new SemanticTemplate();
            case "legacy" -> new LegacyTemplate();
            case "paywall" -> new PaywallTemplate();
            default -> throw new IllegalArgumentException("unknown template " + publisher.template());
        };
    }

    static String articlePath(Publisher p, Draft d, Instant published) {
        var date = published.atZone(ZoneOffset.UTC);
        String section = d.category().toLowerCase(Locale.ROOT);
        String slug = slugify(d.title());
        String base = "/" + p.slug();
        return switch (p.pathStyle()) {
            case "dated-section" -> base + "/" + section + "/" + DateTimeFormatter.ofPattern("yyyy/MM/dd").format(date) + "/" + slug;
            case "news-html" -> base + "/news/" + slug + "-" + d.serial() + ".html";
            case "story-id" -> base + "/story/" + d.serial();
            case "section" -> base + "/" + section + "/" + slug + "-" + d.serial();
            case "dated" -> base + "/" + DateTimeFormatter.ofPattern("yyyy/MM/dd").format(date) + "/" + slug + "/";
            case "a-id" -> base + "/a/" + d.serial() + "/" + slug;
            case "htm" -> base + "/news/" + DateTimeFormatter.ofPattern("yyyyMMdd").format(date) + "/" + slug + ".htm";
            default -> throw new IllegalArgumentException("unknown path style " + p.pathStyle());
        };
    }

    static String slugify(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-[^-]*$", "") : slug;
    }
}
