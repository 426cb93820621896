package dev.newsloom.demo;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Atom 1.0 with tag: URIs as entry ids, summaries only. */
final class AtomFeedWriter implements FeedWriter {
    @Override
    public String write(Publisher p, List<DemoArticle> items, URI base, Instant updated) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<?xml version=\"1.0\" encoding=\"").append(p.charset()).append("\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(p.lang()).append("\">\n")
                .append("  <id>tag:newsroom.demo,2026:").append(p.slug()).append("</id>\n")
                .append("  <title>").append(Html.text(p.name())).append("</title>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(FeedWriter.abs(base, p.feedPath())).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(FeedWriter.abs(base, p.homePath())).append("\"/>\n");
        for (DemoArticle a : items) {
            out.append("  <entry>\n")
                    .append("    <id>tag:newsroom.demo,2026:").append(p.slug()).append(':').append(a.id()).append("</id>\n")
                    .append("    <title type=\"text\">").append(Html.text(a.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.attr(FeedWriter.abs(base, a.path()))).append("\"/>\n")
                    .append("    <published>").append(a.published()).append("</published>\n")
                    .append("    <updated>").append(a.published()).append("</updated>\n");
            if (a.byline() != null) out.append("    <author><name>").append(Html.text(a.byline())).append("</name></author>\n");
            out.append("    <category term=\"").append(a.category().toLowerCase(java.util.Locale.ROOT)).append("\" label=\"").append(a.category()).append("\"/>\n")
                    .append("    <summary type=\"text\">").append(Html.text(FeedWriter.summary(a))).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return out.append("</feed>\n").toString();
    }
}
