package dev.newsloom.demo;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** RSS 2.0, with content:encoded full text and categories where the publisher offers them. */
final class Rss2FeedWriter implements FeedWriter {
    @Override
    public String write(Publisher p, List<DemoArticle> items, URI base, Instant updated) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<?xml version=\"1.0\" encoding=\"").append(p.charset()).append("\"?>\n")
                .append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" ")
                .append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n")
                .append("  <title>").append(Html.text(p.name())).append("</title>\n")
                .append("  <link>").append(FeedWriter.abs(base, p.homePath())).append("</link>\n")
                .append("  <description>Latest news from ").append(Html.text(p.name())).append("</description>\n")
                .append("  <language>").append(p.lang()).append("</language>\n")
                .append("  <lastBuildDate>").append(FeedWriter.rfc1123(updated)).append("</lastBuildDate>\n")
                .append("  <atom:link href=\"").append(FeedWriter.abs(base, p.feedPath()))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        for (DemoArticle a : items) {
            String url = FeedWriter.abs(base, a.path());
            out.append("  <item>\n")
                    .append("    <title>").append(Html.text(a.title())).append("</title>\n")
                    .append("    <link>").append(Html.text(url)).append("</link>\n")
                    .append("    <guid isPermaLink=\"false\">").append(p.slug()).append(':').append(a.id()).append("</guid>\n")
                    .append("    <pubDate>").append(FeedWriter.rfc1123(a.published())).append("</pubDate>\n");
            if (a.byline() != null) out.append("    <dc:creator>").append(Html.text(a.byline())).append("</dc:creator>\n");
            if (p.feedCategories()) out.append("    <category>").append(a.category()).append("</category>\n");
            out.append("    <description>").append(Html.text(FeedWriter.summary(a))).append("</description>\n");
            if (p.feedFullText()) {
                out.append("    <content:encoded><![CDATA[");
                for (String para : a.paragraphs()) out.append("<p>").append(Html.text(para)).append("</p>");
                out.append("]]></content:encoded>\n");
            }
            if (a.imagePath() != null) {
                out.append("    <enclosure url=\"").append(Html.attr(FeedWriter.abs(base, a.imagePath())))
                        .append("\" type=\"image/png\" length=\"0\"/>\n");
            }
            out.append("  </item>\n");
        }
        return out.append("</channel>\n</rss>\n").toString();
    }
}
