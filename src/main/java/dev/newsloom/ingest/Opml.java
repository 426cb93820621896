package dev.newsloom.ingest;

import dev.newsloom.model.Source;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** OPML, the subscription list format every feed reader imports and exports. */
public final class Opml {
    private Opml() {}

    public record Outline(String title, String feedUrl, String siteUrl) {}

    /** Every outline with an xmlUrl, at any depth (folders are flattened). */
    public static List<Outline> parse(String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        if (doc.selectFirst("opml") == null) throw new IllegalArgumentException("not an OPML file (no <opml> element)");
        List<Outline> out = new ArrayList<>();
        for (Element o : doc.select("outline[xmlUrl]")) {
            String url = o.attr("xmlUrl").strip();
            if (url.isEmpty()) continue;
            String title = !o.attr("title").isBlank() ? o.attr("title") : !o.attr("text").isBlank() ? o.attr("text") : url;
            String site = o.attr("htmlUrl").isBlank() ? null : o.attr("htmlUrl").strip();
            out.add(new Outline(title.strip(), url, site));
        }
        return out;
    }

    public static String write(List<Source> sources) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
          .append("  <head><title>Newsloom subscriptions</title></head>\n  <body>\n");
        for (Source s : sources) {
            sb.append("    <outline type=\"rss\" text=\"").append(esc(s.name())).append("\" title=\"").append(esc(s.name()))
              .append("\" xmlUrl=\"").append(esc(s.feedUrl())).append('"');
            if (s.siteUrl() != null) sb.append(" htmlUrl=\"").append(esc(s.siteUrl())).append('"');
            sb.append("/>\n");
        }
        return sb.append("  </body>\n</opml>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
