package dev.newsloom.demo;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What a template needs to render one article page, with the small formatting helpers they share. */
record ArticleView(Publisher publisher, DemoArticle article, List<DemoArticle> related, URI baseUri) {
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
    private static final DateTimeFormatter US_DISPLAY = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.ENGLISH);

    String url() {
        return article.url(baseUri).toString();
    }

    String imageUrl() {
        return article.imagePath() == null ? null : baseUri.resolve(article.imagePath()).toString();
    }

    String iso() {
        return article.published().toString();
    }

    String displayDate() {
        return DISPLAY.format(article.published().atZone(ZoneOffset.UTC));
    }

    String usDate() {
        return US_DISPLAY.format(article.published().atZone(ZoneOffset.UTC));
    }

    String home() {
        return publisher.homePath();
    }

    String sectionHref() {
        return publisher.homePath() + "?section=" + article.category().toLowerCase(Locale.ROOT);
    }

    /**
     * The true body, one element per paragraph; the ground truth is exactly this text. A publisher's
     * {@link Publisher#bodyPromo()} goes after the second paragraph (after the last of a shorter
     * article) in the same markup, as content systems insert them: nothing but its recurrence
     * across the publisher's articles tells it apart.
     */
    String paragraphs(String open, String close) {
        StringBuilder out = new StringBuilder();
        List<String> body = article.paragraphs();
        int promoAfter = Math.min(2, body.size());
        for (int i = 0; i < body.size(); i++) {
            out.append("    ").append(open).append(Html.text(body.get(i))).append(close).append('\n');
            if (i + 1 == promoAfter) promo(out, open, close);
        }
        return out.toString();
    }

    private void promo(StringBuilder out, String open, String close) {
        if (publisher.bodyPromo() != null && !publisher.paywalled()) {
            out.append("    ").append(open).append(Html.text(publisher.bodyPromo())).append(close).append('\n');
        }
    }

    String description() {
        String first = article.paragraphs().get(0);
        return first.length() > 200 ? first.substring(0, first.lastIndexOf(' ', 197)) + "\u2026" : first;
    }
}
