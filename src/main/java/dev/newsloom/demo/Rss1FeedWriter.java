package dev.newsloom.demo;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** RSS 1.0 (RDF), with Dublin Core dates and subjects. */
final class Rss1FeedWriter implements FeedWriter {
    @Override
    public String write(Publisher p, List<DemoArticle> items, URI base, Instant updated) {
        String home = FeedWriter.abs(base, p.homePath());
        StringBuilder out = new StringBuilder(16_384);
        out.append("<?xml version=\"1.0\" encoding=\"").append(p.charset()).append("\"?>\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" ")
                .append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("  <channel rdf:about=\"").append(FeedWriter.abs(base, p.feedPath())).append("\">\n")
                .append("    <title>").append(Html.text(p.name())).append("</title>\n")
                .append("    <link>").append(home).append("</link>\n")
                .append("    <description>News from ").append(Html.text(p.name())).append("</description>\n")
                .append("    <dc:date>").append(updated).append("</dc:date>\n")
                .append("    <items><rdf:Seq>\n");
        for (DemoArticle a : items) {
            out.append("      <rdf:li rdf:resource=\"").append(Html.attr(FeedWriter.abs(base, a.path()))).append("\"/>\n");
        }
        out.append("    </rdf:Seq></items>\n  </channel>\n");
        for (DemoArticle a : items) {
            String url = Html.attr(FeedWriter.abs(base, a.path()));
            out.append("  <item rdf:about=\"").append(url).append("\">\n")
                    .append("    <title>").append(Html.text(a.title())).append("</title>\n")
                    .append("    <link>").append(url).append("</link>\n")
                    .append("    <description>").append(Html.text(FeedWriter.summary(a))).append("</description>\n")
                    .append("    <dc:date>").append(a.published()).append("</dc:date>\n")
                    .append("    <dc:subject>").append(a.category()).append("</dc:subject>\n");
            if (a.byline() != null) out.append("    <dc:creator>").append(Html.text(a.byline())).append("</dc:creator>\n");
            out.append("  </item>\n");
        }
        return out.append("</rdf:RDF>\n").toString();
    }
}
