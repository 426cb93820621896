package dev.newsloom.demo;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the newsroom's state into the bytes its sites serve: article pages in each publisher's
 * template and charset, home pages, feeds and the newsroom's own index. Shared by the server and
 * by {@code newsloom generate}, so a generated page is exactly what the server sends.
 */
public final class SiteRenderer {
    private static final int RELATED = 3;
    private final URI baseUri;
    private final Map<String, PublisherTemplate> templates = new HashMap<>();

    public SiteRenderer(URI baseUri) {
        this.baseUri = baseUri;
        for (Publisher p : Publishers.ALL) templates.put(p.slug(), Publishers.template(p));
    }

    public URI baseUri() {
        return baseUri;
    }

    public static Charset charset(Publisher p) {
        return Charset.forName(p.charset());
    }

    /**
     * The page of {@code article}; its related links are the same publisher's latest articles
     * published before it, taken from {@code publishedInOrder} (oldest first).
     */
    public byte[] articlePage(Publisher publisher, DemoArticle article, List<DemoArticle> publishedInOrder) {
        List<DemoArticle> related = new ArrayList<>(RELATED);
        int at = publishedInOrder.indexOf(article);
        for (int i = (at < 0 ? publishedInOrder.size() : at) - 1; i >= 0 && related.size() < RELATED; i--) {
            DemoArticle other = publishedInOrder.get(i);
            if (other.publisherSlug().equals(publisher.slug())) related.add(other);
        }
        String html = templates.get(publisher.slug()).articlePage(new ArticleView(publisher, article, related, baseUri));
        return encode(html, charset(publisher));
    }

    byte[] homePage(Publisher p, List<DemoArticle> newestFirst) {
        StringBuilder items = new StringBuilder();
        for (DemoArticle a : newestFirst) {
            items.append("    <li><a href=\"").append(Html.attr(a.path())).append("\">").append(Html.text(a.title()))
                    .append("</a> <span class=\"when\">").append(FeedWriter.rfc1123(a.published())).append("</span>")
                    .append("<p>").append(Html.text(FeedWriter.summary(a))).append("</p></li>\n");
        }
        String html = Layout.fill("""
                <!DOCTYPE html>
                <html lang="%LANG">
                <head>
                <meta charset="%CHARSET">
                <title>%PUB</title>
                <link rel="alternate" type="%TYPE" title="%PUB" href="%FEED">
                </head>
                <body>
                <h1>%PUB</h1>
                <p>Latest stories</p>
                <ul class="latest">
                %ITEMS</ul>
                <p><a href="%FEED">Subscribe to our feed</a></p>
                </body>
                </html>
                """, "LANG", p.lang(), "CHARSET", p.charset(), "PUB", Html.text(p.name()), "TYPE", p.feedFormat().mediaType(),
                "FEED", p.feedPath(), "ITEMS", items.toString());
        return encode(html, charset(p));
    }

    byte[] feed(Publisher p, List<DemoArticle> newestFirst, Instant updated) {
        return encode(FeedWriter.of(p.feedFormat()).write(p, newestFirst, baseUri, updated), charset(p));
    }

    byte[] index(List<Publisher> publishers) {
        StringBuilder rows = new StringBuilder();
        for (Publisher p : publishers) {
            rows.append("  <li><a href=\"").append(p.homePath()).append("\">").append(Html.text(p.name()))
                    .append("</a> &mdash; feed: <a href=\"").append(p.advertisedFeedPath()).append("\">")
                    .append(Html.text(baseUri.resolve(p.advertisedFeedPath()).toString())).append("</a></li>\n");
        }
        return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Demo newsroom</title></head><body>\n"
                + "<h1>Demo newsroom</h1>\n<p>Invented publishers with generated news, for trying Newsloom.</p>\n<ul>\n"
                + rows + "</ul>\n</body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Characters the charset cannot hold become numeric references, as old publishing systems did. */
    static byte[] encode(String text, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) return text.getBytes(StandardCharsets.UTF_8);
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (encoder.canEncode(c)) safe.append(c);
            else safe.append("&#").append(Character.codePointAt(text, i)).append(';');
            if (Character.isHighSurrogate(c)) i++;
        }
        try {
            ByteBuffer bytes = charset.newEncoder().encode(CharBuffer.wrap(safe));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
