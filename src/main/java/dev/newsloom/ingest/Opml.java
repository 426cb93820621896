package dev.newsloom.ingest;

import dev.newsloom.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** OPML, the subscription list format every feed reader imports and exports. */
public final class Opml {
    private Opml() {}

    public record Outline(String title, String feedUrl, String siteUrl) {}

    /**
     * Every outline with an xmlUrl, at any depth (folders are flattened), from the file's bytes:
     * the XML parser honours the byte order mark and the encoding declaration.
     *
     * @throws IllegalArgumentException "not a complete OPML file (line N: ...)" for anything not well-formed XML, or no OPML
     */
    public static List<Outline> parse(byte[] xml) {
        return parse(new InputSource(new ByteArrayInputStream(xml)));
    }

    /** Every outline with an xmlUrl, from text already decoded (its encoding declaration is not consulted). */
    public static List<Outline> parse(String xml) {
        return parse(new InputSource(new StringReader(xml)));
    }

    private static List<Outline> parse(InputSource in) {
        List<Outline> out = new ArrayList<>();
        boolean[] opml = {false};
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // no DOCTYPE at all: neither entity-expansion bombs nor external entities can be declared
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes attrs) {
                    if (qName.equalsIgnoreCase("opml")) opml[0] = true;
                    if (!qName.equalsIgnoreCase("outline")) return;
                    String url = attr(attrs, "xmlUrl");
                    if (url == null || url.isBlank()) return;
                    url = url.strip();
                    String title = attr(attrs, "title"), text = attr(attrs, "text"), site = attr(attrs, "htmlUrl");
                    String name = title != null && !title.isBlank() ? title : text != null && !text.isBlank() ? text : url;
                    out.add(new Outline(name.strip(), url, site == null || site.isBlank() ? null : site.strip()));
                }
            });
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("not a complete OPML file (line " + e.getLineNumber() + ": " + e.getMessage() + ")");
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException("not an OPML file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!opml[0]) throw new IllegalArgumentException("not an OPML file (no <opml> element)");
        return out;
    }

    /** OPML files in the wild spell attribute names in any case ("xmlurl", "XMLURL"). */
    private static String attr(Attributes attrs, String name) {
        for (int i = 0; i < attrs.getLength(); i++) if (attrs.getQName(i).equalsIgnoreCase(name)) return attrs.getValue(i);
        return null;
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
