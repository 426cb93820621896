package dev.newsloom.ingest;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.XmlReader;
import dev.newsloom.model.FeedItem;
import dev.newsloom.model.ParsedFeed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.JDOMParseException;
import org.xml.sax.SAXParseException;

/**
 * RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through Rome, parsed with {@link SecureFeedInput}. Rome's
 * synd model covers RSS well; for Atom the wire model is read directly because the synd model
 * loses xml:base, category labels and whether a text construct is plain text or HTML.
 */
final class XmlFeedReader {
    /** RSS author is an e-mail address, often "jane@example.com (Jane Doe)": the name is what readers want. */
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)\\s*$");
    private static final Pattern BARE_EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+$");

    ParsedFeed read(byte[] body, String contentType, String base) throws FeedException {
        Document doc = parse(body, contentType);
        WireFeed wire;
        try {
            wire = new SecureFeedInput().build(doc);
        } catch (IllegalArgumentException e) {
            String root = doc.getRootElement().getQualifiedName();
            throw new FeedException("not a feed: the XML root element <" + root + "> is not RSS, RDF or Atom");
        } catch (com.rometools.rome.io.FeedException e) {
            throw new FeedException("not a valid feed: " + oneLine(e.getMessage()));
        }
        String format = format(wire.getFeedType());
        SyndFeed synd = new SyndFeedImpl(wire, true);
        String docBase = Links.base(base, doc.getRootElement().getAttributeValue("base", Namespace.XML_NAMESPACE));
        return wire instanceof Feed atom ? atom(format, atom, synd, doc, docBase) : rss(format, synd, base);
    }

    private static Document parse(byte[] body, String contentType) throws FeedException {
        try (Reader reader = xmlReader(body, contentType)) {
            return new SecureFeedInput().parseDocument(reader);
        } catch (JDOMParseException e) {
            throw malformed(e);
        } catch (JDOMException e) {
            throw new FeedException("malformed XML: " + oneLine(rootMessage(e)));
        } catch (IOException e) {
            throw new FeedException("unreadable XML: " + oneLine(rootMessage(e)));
        }
    }

    /**
     * Rome's XmlReader weighs BOM, XML declaration and HTTP charset. The HTTP type is passed only
     * when it names a charset: RFC 3023 would make a bare text/xml US-ASCII, which servers never mean.
     */
    private static Reader xmlReader(byte[] body, String contentType) throws IOException {
        var in = new ByteArrayInputStream(body);
        boolean namesCharset = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("charset=");
        XmlReader declared = namesCharset ? new XmlReader(in, contentType, true) : new XmlReader(in, true);
        java.nio.charset.Charset actual = CharsetCheck.correct(declared.getEncoding(), body);
        if (actual == null) return declared;
        declared.close();
        // decoded here, so the parser never sees the wrong declaration's bytes
        return new java.io.StringReader(new String(body, actual));
    }

    private static FeedException malformed(JDOMParseException e) {
        String reason = e.getCause() instanceof SAXParseException sax ? sax.getMessage() : rootMessage(e);
        if (reason != null && reason.contains("DOCTYPE")) {
            return new FeedException("refused: the feed declares a DOCTYPE, which could define entity bombs or read "
                    + "local files (external entities); feeds must not have one");
        }
        String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "";
        return new FeedException("malformed XML" + where + ": " + oneLine(reason));
    }

    private ParsedFeed rss(String format, SyndFeed synd, String base) {
        String feedLink = Links.resolve(base, synd.getLink());
        String itemBase = feedLink != null ? feedLink : base;
        boolean rdf = format.equals("rss_1.0") || format.equals("rss_0.9");
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : synd.getEntries()) {
            String link = Links.resolve(itemBase, e.getLink());
            String description = e.getDescription() == null ? null : e.getDescription().getValue();
            String encoded = firstContent(e.getContents());
            String contentBase = link != null ? link : itemBase;
            String content = encoded != null ? HtmlText.sanitize(encoded, contentBase)
                    : HtmlText.hasMarkup(description) ? HtmlText.sanitize(description, contentBase) : null;
            items.add(new FeedItem(
                    HtmlText.plain(e.getTitle()),
                    link,
                    rssId(e, rdf),
                    instant(e.getPublishedDate()),
                    instant(e.getUpdatedDate()),
                    rssAuthor(e),
                    categories(e),
                    HtmlText.plain(description),
                    content));
        }
        return new ParsedFeed(format, HtmlText.plain(synd.getTitle()), feedLink, language(synd.getLanguage()), items);
    }

    private static String rssId(SyndEntry e, boolean rdf) {
        if (e.getWireEntry() instanceof Item item) {
            if (item.getGuid() != null && item.getGuid().getValue() != null && !item.getGuid().getValue().isBlank()) {
                return item.getGuid().getValue().strip();
            }
            // Rome copies <link> into the URI of RSS 0.9x/2.0 items; only the RDF formats' rdf:about is a real id
            return rdf ? blankToNull(item.getUri()) : null;
        }
        return blankToNull(e.getUri());
    }

    private static String rssAuthor(SyndEntry e) {
        String author = e.getAuthor();
        if ((author == null || author.isBlank()) && e.getAuthors() != null) {
            author = e.getAuthors().stream().map(SyndPerson::getName).filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
        }
        author = HtmlText.plain(author);
        if (author == null) return null;
        Matcher m = EMAIL_WITH_NAME.matcher(author);
        if (m.matches()) return m.group(1).strip();
        return BARE_EMAIL.matcher(author).matches() ? null : author; // an address alone is no byline
    }

    private ParsedFeed atom(String format, Feed feed, SyndFeed synd, Document doc, String docBase) {
        String feedLink = Links.resolve(docBase, alternate(feed.getAlternateLinks()));
        List<FeedItem> items = new ArrayList<>();
        for (Entry e : feed.getEntries()) {
            String entryBase = Links.base(docBase, e.getXmlBase());
            String link = Links.resolve(entryBase, alternate(e.getAlternateLinks()));
            if (link == null) link = Links.resolve(feedLink != null ? feedLink : entryBase, alternate(e.getOtherLinks()));
            boolean declaresBase = feed.getXmlBase() != null || e.getXmlBase() != null;
            String contentBase = declaresBase ? entryBase : link != null ? link : feedLink != null ? feedLink : docBase;
            String author = person(e.getAuthors());
            if (author == null) author = person(feed.getAuthors());
            items.add(new FeedItem(
                    text(e.getTitleEx()),
                    link,
                    blankToNull(e.getId()),
                    instant(e.getPublished()),
                    instant(e.getUpdated()),
                    author,
                    atomCategories(e.getCategories()),
                    text(e.getSummary()),
                    atomContent(e.getContents(), e.getSummary(), contentBase)));
        }
        String lang = doc.getRootElement().getAttributeValue("lang", Namespace.XML_NAMESPACE);
        return new ParsedFeed(format, text(feed.getTitleEx()), feedLink,
                language(lang != null ? lang : synd.getLanguage()), items);
    }

    /** The alternate link meant for browsers: text/html when several are given. */
    private static String alternate(List<Link> links) {
        if (links == null || links.isEmpty()) return null;
        for (Link l : links) {
            if (l.getType() != null && l.getType().toLowerCase(Locale.ROOT).contains("html") && l.getHref() != null) return l.getHref();
        }
        for (Link l : links) {
            String rel = l.getRel();
            if ((rel == null || rel.isBlank() || rel.equals("alternate")) && l.getHref() != null) return l.getHref();
        }
        return null;
    }

    /** Atom text constructs: type text is literal; html and xhtml are markup to strip. */
    private static String text(Content c) {
        if (c == null) return null;
        String type = c.getType() == null ? "text" : c.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? HtmlText.literal(c.getValue()) : HtmlText.plain(c.getValue());
    }

    private static String atomContent(List<Content> contents, Content summary, String base) {
        Content c = contents == null || contents.isEmpty() ? null : contents.get(0);
        if (c == null || c.getSrc() != null || c.getValue() == null || c.getValue().isBlank()) {
            // without a body, a summary in markup is the best content there is
            return summary != null && isMarkup(summary.getType()) ? HtmlText.sanitize(summary.getValue(), base) : null;
        }
        String type = c.getType() == null ? "text" : c.getType().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "html", "xhtml", "text/html", "application/xhtml+xml" -> HtmlText.sanitize(c.getValue(), base);
            case "text", "text/plain" -> HtmlText.textAsHtml(c.getValue());
            default -> null; // base64 media and other payloads are not article text
        };
    }

    private static boolean isMarkup(String atomType) {
        return atomType != null && atomType.toLowerCase(Locale.ROOT).matches("x?html|text/html|application/xhtml\\+xml");
    }

    private static String person(List<SyndPerson> people) {
        if (people == null) return null;
        for (SyndPerson p : people) {
            String name = HtmlText.literal(p.getName());
            if (name != null) return name;
        }
        return null;
    }

    private static List<String> atomCategories(List<Category> cats) {
        Set<String> out = new LinkedHashSet<>();
        if (cats != null) {
            for (Category c : cats) {
                String label = HtmlText.literal(c.getLabel());
                String name = label != null ? label : HtmlText.literal(c.getTerm());
                if (name != null) out.add(name);
            }
        }
        return List.copyOf(out);
    }

    /** RSS category elements plus Dublin Core subjects, which RSS 1.0 feeds use instead. */
    private static List<String> categories(SyndEntry e) {
        Set<String> out = new LinkedHashSet<>();
        if (e.getCategories() != null) {
            for (SyndCategory c : e.getCategories()) addPlain(out, c.getName());
        }
        if (e.getModule(DCModule.URI) instanceof DCModule dc && dc.getSubjects() != null) {
            for (DCSubject s : dc.getSubjects()) addPlain(out, s.getValue());
        }
        return List.copyOf(out);
    }

    private static void addPlain(Set<String> out, String value) {
        String name = HtmlText.plain(value);
        if (name != null) out.add(name);
    }

    private static String firstContent(List<SyndContent> contents) {
        if (contents == null) return null;
        for (SyndContent c : contents) {
            if (c.getValue() != null && !c.getValue().isBlank()) return c.getValue();
        }
        return null;
    }

    /** Rome names the two RSS 0.91 dialects (Netscape, Userland); to a reader they are one format. */
    static String format(String romeType) {
        if (romeType == null) return "unknown";
        return romeType.matches("rss_0\\.91[NU]") ? "rss_0.91" : romeType;
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static String language(String lang) {
        String l = blankToNull(lang);
        return l == null ? null : l.replace('_', '-');
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) r = r.getCause();
        return r.getMessage() != null ? r.getMessage() : t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    static String oneLine(String s) {
        if (s == null) return "unknown error";
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }
}
