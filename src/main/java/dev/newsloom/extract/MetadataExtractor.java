package dev.newsloom.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page declares about its article: schema.org JSON-LD (any Article type, also inside
 * {@code @graph}), OpenGraph and Twitter cards, meta tags, microdata, {@code <time>}, the
 * canonical link and the document language. The best evidence wins field by field.
 */
final class MetadataExtractor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "socialmediaposting", "liveblogposting", "scholarlyarticle", "techarticle", "report");

    private static final java.util.regex.Pattern HTTP_URL = java.util.regex.Pattern.compile("(?i)https?://.*");
    private static final java.util.regex.Pattern WRITTEN_BY_LABEL = java.util.regex.Pattern.compile("(written|posted)? ?by|author|auteur|autor");
    private static final java.util.regex.Pattern WWW = java.util.regex.Pattern.compile("^www\\.");

    private MetadataExtractor() {}

    static Metadata extract(Document doc, String pageUrl) {
        JsonNode ld = articleJsonLd(doc);
        String bylineLine = bylineElement(doc);
        String url = firstNonBlank(address(abs(doc, canonical(doc), "href")), address(meta(doc, "og:url")),
                address(text(ld, "url")), pageUrl);
        String declaredTitle = firstNonBlank(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                itemprop(doc, "headline"));
        String title = firstNonBlank(declaredTitle, h1(doc), doc.title());
        String byline = Bylines.first(site(doc, ld, url), () -> Bylines.afterLabel(doc), () -> authors(ld), () -> citationAuthors(doc), () -> meta(doc, "author"), () -> meta(doc, "article:author", true),
                () -> meta(doc, "byl"), () -> meta(doc, "sailthru.author"), () -> meta(doc, "parsely-author"),
                () -> twitterWrittenBy(doc), () -> itempropAuthor(doc), () -> relAuthor(doc), () -> authorLink(doc),
                () -> bylineLine, () -> Bylines.nearHeadline(doc), () -> Bylines.writtenBy(doc));
        byline = Bylines.asShown(byline, bylineLine, doc);
        String[] publishedCandidates = {text(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "og:published_time"), meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publish-date"),
                meta(doc, "publish_date"), meta(doc, "parsely-pub-date"), meta(doc, "sailthru.date"), meta(doc, "date"),
                meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "dcterms.created"), meta(doc, "article:published"),
                itemprop(doc, "datePublished"), timeElement(doc), text(ld, "dateCreated"), anyJsonLd(doc, "datePublished")};
        Instant published = firstDate(publishedCandidates);
        java.time.ZoneOffset offset = firstOffset(publishedCandidates);
        if (published == null) {
            String named = publishedMetaByName(doc);
            published = Dates.parse(named);
            offset = Dates.offset(named);
        }
        if (published == null) {
            published = VisibleDates.find(doc);
            offset = null;
        } else {
            Instant shown = VisibleDates.publishedNearHeadline(doc);
            if (Dates.shownEarlier(shown, published, offset)) {
                published = shown;
                offset = null;
            } else if ((shown = RevisedDates.shownInstead(doc, published, offset)) != null) {
                published = shown;
                offset = null;
            }
        }
        Instant modified = firstDate(text(ld, "dateModified"), meta(doc, "article:modified_time"),
                meta(doc, "og:updated_time"), itemprop(doc, "dateModified"), anyJsonLd(doc, "dateModified"));
        // a page that says only when it was last changed was published no later than that
        if (published == null) published = modified;
        UrlDates.Dated reconciled = UrlDates.reconcile(doc, url, published, offset);
        published = reconciled.instant();
        offset = reconciled.offset();
        String lang = firstNonBlank(doc.firstElementChild() == null ? null : doc.firstElementChild().attr("lang"),
                text(ld, "inLanguage"), meta(doc, "og:locale"), meta(doc, "content-language"));
        if (lang != null) lang = lang.replace('_', '-').split("[ ,;]")[0];
        String image = firstNonBlank(image(ld), meta(doc, "og:image"), meta(doc, "twitter:image"),
                itempropImage(doc));
        if (image != null) image = doc.absUrl("x").isEmpty() ? image : absolute(doc, image);
        String caption = firstNonBlank(imageCaption(ld), meta(doc, "og:image:alt"));
        String site = firstNonBlank(meta(doc, "og:site_name"), publisher(ld), meta(doc, "application-name"));
        String description = firstNonBlank(meta(doc, "og:description"), meta(doc, "description"), text(ld, "description"));
        String section = firstNonBlank(text(ld, "articleSection"), meta(doc, "article:section"));
        return new Metadata(url, unescaped(title), unescaped(declaredTitle), byline, published, modified, lang, image,
                unescaped(caption), unescaped(site), unescaped(description), section,
                text(ld, "articleBody"), authorOrganization(ld), bylineLine, offset);
    }

    /** Text as shown: JSON-LD carries raw entities ("&#8211;"), and some meta tags are escaped twice. */
    static String unescaped(String s) {
        if (s == null) return null;
        String t = s;
        for (int i = 0; i < 2 && t.indexOf('&') >= 0; i++) t = org.jsoup.parser.Parser.unescapeEntities(t, false);
        return Text.normalize(t);
    }

    /** The page's own Article object from JSON-LD, searched through arrays and {@code @graph}. */
    static JsonNode articleJsonLd(Document doc) {
        for (JsonNode tree : PageIndex.of(doc).jsonLdTrees(MetadataExtractor::parse)) {
            JsonNode found = findArticle(tree, 0);
            if (found != null) return found;
        }
        return null;
    }

    /** A script's JSON, or null when it is broken (common; the other sources of metadata still count). */
    private static JsonNode parse(String json) {
        if (json.isBlank()) return null;
        try {
            return JSON.readTree(json.strip());
        } catch (Exception e) {
            return null;
        }
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 6) return null;
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n, depth + 1);
                if (f != null) return f;
            }
            return null;
        }
        if (!node.isObject()) return null;
        if (isArticleType(node.get("@type"))) return node;
        for (String key : List.of("@graph", "mainEntity", "mainEntityOfPage", "itemListElement")) {
            JsonNode f = findArticle(node.get(key), depth + 1);
            if (f != null) return f;
        }
        return null;
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (isArticleType(t)) return true;
            return false;
        }
        return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT).replace("schema:", ""));
    }

    static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode v = node.get(field);
        if (v == null) return null;
        if (v.isArray() && !v.isEmpty()) v = v.get(0);
        if (v.isTextual()) return v.asText().isBlank() ? null : v.asText();
        if (v.isObject() && v.has("name")) return v.get("name").asText();
        if (v.isObject() && v.has("@value")) return v.get("@value").asText();
        return null;
    }

    private static String authors(JsonNode ld) {
        if (ld == null || ld.get("author") == null) return null;
        List<String> names = new ArrayList<>();
        JsonNode a = ld.get("author");
        for (JsonNode n : a.isArray() ? a : List.of(a)) {
            String name = n.isTextual() ? n.asText() : n.path("name").asText(null);
            String type = n.path("@type").asText("");
            if (name != null && !name.isBlank() && !type.equalsIgnoreCase("Organization") && !type.equalsIgnoreCase("NewsMediaOrganization")) {
                names.add(name.strip());
            }
        }
        if (names.isEmpty()) return null;
        // a list of people, as the page's own author meta tag writes it ("Ana Vel, Tom Ng")
        return String.join(", ", names);
    }

    /** Scholarly pages name every author in a {@code citation_author} tag of its own. */
    private static String citationAuthors(Document doc) {
        List<String> names = new ArrayList<>();
        for (Element m : PageIndex.of(doc).metas()) {
            String key = m.hasAttr("name") ? m.attr("name") : m.attr("property");
            if (key.equalsIgnoreCase("citation_author") || key.equalsIgnoreCase("citation_authors")) {
                String v = m.attr("content").strip();
                if (!v.isEmpty() && !names.contains(v)) names.add(v);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** The names a page goes by (its site name, publisher, host): an author named so is the publisher, not a writer. */
    private static Set<String> site(Document doc, JsonNode ld, String pageUrl) {
        Set<String> names = new java.util.HashSet<>();
        for (String n : new String[] {meta(doc, "og:site_name"), publisher(ld), meta(doc, "application-name"), authorOrganization(ld)}) {
            if (n != null && !n.isBlank()) names.add(Text.key(n));
        }
        String url = firstNonBlank(pageUrl, doc.location());
        if (url != null) {
            try {
                String host = java.net.URI.create(url).getHost();
                if (host != null) names.add(Text.key(WWW.matcher(host).replaceFirst("")));
            } catch (IllegalArgumentException ignored) {
                // no host to compare with
            }
        }
        return names;
    }

    private static String authorOrganization(JsonNode ld) {
        if (ld == null) return null;
        for (String field : List.of("author", "sourceOrganization", "creator")) {
            JsonNode a = ld.get(field);
            if (a == null) continue;
            for (JsonNode n : a.isArray() ? a : List.of(a)) {
                String type = n.path("@type").asText("");
                if (type.toLowerCase(Locale.ROOT).contains("organization") && n.has("name")) return n.get("name").asText();
            }
        }
        return null;
    }

    private static String image(JsonNode ld) {
        if (ld == null || ld.get("image") == null) return null;
        JsonNode img = ld.get("image");
        if (img.isArray() && !img.isEmpty()) img = img.get(0);
        if (img.isTextual()) return img.asText();
        return img.path("url").asText(img.path("contentUrl").asText(null));
    }

    private static String imageCaption(JsonNode ld) {
        if (ld == null || ld.get("image") == null) return null;
        JsonNode img = ld.get("image");
        if (img.isArray() && !img.isEmpty()) img = img.get(0);
        return img.isObject() ? img.path("caption").asText(img.path("description").asText(null)) : null;
    }

    private static String publisher(JsonNode ld) {
        return ld == null ? null : ld.path("publisher").path("name").asText(null);
    }

    static String meta(Document doc, String name) {
        return meta(doc, name, false);
    }

    private static String meta(Document doc, String name, boolean notUrl) {
        for (Element m : PageIndex.of(doc).metas(name)) {
            String key = metaKey(m);
            if (key.equalsIgnoreCase(name)) {
                String v = m.attr("content").strip();
                if (v.isEmpty() || (notUrl && HTTP_URL.matcher(v).matches())) continue;
                return v;
            }
        }
        return null;
    }

    /** The name a meta tag gives its content under: its property, name or itemprop, else its http-equiv. */
    static String metaKey(Element m) {
        String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
        if (key.isEmpty() && m.hasAttr("http-equiv")) key = m.attr("http-equiv");
        return key;
    }

    /** Meta tags live in the head; looking only there keeps 30 lookups cheap on a large page. */
    private static org.jsoup.select.Elements metas(Document doc) {
        org.jsoup.select.Elements inHead = doc.head().select(Selectors.of("meta[content]"));
        return inHead.isEmpty() ? doc.select(Selectors.of("meta[content]")) : inHead;
    }

    private static String itemprop(Document doc, String prop) {
        Element e = first(PageIndex.of(doc).itemprop(prop));
        if (e == null) return null;
        if (e.hasAttr("content")) return e.attr("content");
        if (e.hasAttr("datetime")) return e.attr("datetime");
        return e.text();
    }

    private static String itempropAuthor(Document doc) {
        Element e = first(PageIndex.of(doc).itemprop("author"));
        if (e == null) return null;
        Element name = e.selectFirst(Selectors.of("[itemprop=name]"));
        if (name != null) return name.hasAttr("content") ? name.attr("content") : name.text();
        return e.hasAttr("content") ? e.attr("content") : e.text();
    }

    private static String itempropImage(Document doc) {
        Element e = first(PageIndex.of(doc).itemprop("image"));
        if (e == null) return null;
        if (e.hasAttr("src")) return e.absUrl("src");
        if (e.hasAttr("content")) return e.attr("content");
        Element url = e.selectFirst(Selectors.of("[itemprop=url]"));
        return url == null ? null : url.hasAttr("content") ? url.attr("content") : url.absUrl("href");
    }

    /** Twitter's "Written by" label and value, as many publishing systems emit them. */
    private static String twitterWrittenBy(Document doc) {
        for (int i = 1; i <= 2; i++) {
            String label = meta(doc, "twitter:label" + i);
            if (label != null && WRITTEN_BY_LABEL.matcher(label.toLowerCase(Locale.ROOT)).matches()) return meta(doc, "twitter:data" + i);
        }
        return null;
    }

    private static final Set<String> AUTHOR_FOLDERS = Set.of("author", "authors", "writer", "writers", "contributor",
            "contributors", "people", "profile", "profiles", "staff", "journalist", "producers", "team");

    /** ".../author/ana-vel/": the last part of the path names one person, in a folder of authors. */
    static boolean isAuthorPage(String href) {
        int end = href.length();
        if (end > 0 && href.charAt(end - 1) == '/') end--;
        int last = href.lastIndexOf('/', end - 1);
        if (last <= 0 || last == end - 1) return false;
        for (int i = last + 1; i < end; i++) if (href.charAt(i) == '?' || href.charAt(i) == '#') return false;
        int folder = href.lastIndexOf('/', last - 1);
        return folder >= 0 && AUTHOR_FOLDERS.contains(href.substring(folder + 1, last).toLowerCase(Locale.ROOT));
    }

    /** A link to the author's page ("/author/ana-vel/") holding a name, outside the navigation and comments. */
    private static String authorLink(Document doc) {
        Element a = authorLinkElement(doc);
        return a == null ? null : Text.normalize(a.text());
    }

    /** The line the first author link stands in ("Ana Vel, Tom Ng &amp; Li Wei", each a link), when short. */
    static String authorLinkLine(Document doc) {
        Element a = authorLinkElement(doc);
        return a == null || a.parent() == null ? null : DocumentOrder.shortText(a.parent(), 100);
    }

    private static final Object AUTHOR_LINK = new Object();

    /** Asked twice a page (the byline and the line it stands in), while the page is whole. */
    private static Element authorLinkElement(Document doc) {
        return PageIndex.of(doc).answer(AUTHOR_LINK, () -> findAuthorLink(doc));
    }

    private static Element findAuthorLink(Document doc) {
        for (Element a : PageIndex.of(doc).tag("a")) {
            if (!a.hasAttr("href") || !isAuthorPage(a.attr("href"))) continue;
            String t = Text.normalize(a.text());
            if (t == null || t.length() > 60 || t.split(" ").length > 6 || !Bylines.plausible(t)) continue;
            if (a.closest(Css.query("nav, footer, [class*=comment], [id*=comment], [class*=menu]")) != null) continue;
            // a second name in the same line may be a co-author or the medical reviewer: only the first is sure
            return a;
        }
        return null;
    }

    private static String relAuthor(Document doc) {
        Element e = null;
        for (Element r : PageIndex.of(doc).relAuthor()) {
            if (r.normalName().equals("a")) {
                e = r;
                break;
            }
        }
        return e == null ? null : e.text();
    }

    private static final java.util.regex.Pattern BYLINE_NAMES = java.util.regex.Pattern.compile(
            "(?s).*(^|[-_ ])(by|byline|by-line|author|author-name|writer|story-author)([-_ ]|$).*");

    /** "authorName", "author__name", "byline-name": a class that holds just the name. */
    private static final java.util.regex.Pattern AUTHOR_NAME_CLASS = java.util.regex.Pattern.compile(
            "(author|byline|writer)[-_]*name");

    /** A visible byline: class or id says byline/author, short, and reads like names. */
    private static String bylineElement(Document doc) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : Classes.containing(doc, "by", "author", "writer")) {
            String names = Classes.names(e);
            if (BYLINE_NAMES.matcher(names).matches() || AUTHOR_NAME_CLASS.matcher(names).find()) candidates.add(e);
        }
        candidates.addAll(PageIndex.of(doc).relAuthor()); // a link names the author but not the agency beside it
        for (Element e : candidates) {
            String t = DocumentOrder.shortText(e, 100);
            if (t == null) continue;
            if (t.length() < 3 || t.contains("@") || !Character.isLetter(t.codePointAt(0))) continue;
            // a commenter's name is marked up like an author's
            if (inComments(e)) continue;
            return t;
        }
        return null;
    }

    /** Inside a comments section; the body's own classes ("comments-open") describe the page, not a section. */
    static boolean inComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("body") || tag.equals("html")) return false;
            if (Classes.names(p).contains("comment")) return true;
        }
        return false;
    }

    private static Element first(List<Element> elements) {
        return elements.isEmpty() ? null : elements.get(0);
    }

    private static Element canonical(Document doc) {
        for (Element l : PageIndex.of(doc).tag("link")) if (l.attr("rel").equalsIgnoreCase("canonical")) return l;
        return null;
    }

    /** The three candidates are all the page's first of their kind: the earlier one is an ancestor-free comparison by sibling paths. */
    private static boolean before(Element a, Element b) {
        return a.siblingIndex() >= 0 && compareOrder(a, b) < 0;
    }

    private static int compareOrder(Element a, Element b) {
        List<Element> pa = new ArrayList<>(), pb = new ArrayList<>();
        for (Element e = a; e != null; e = e.parent()) pa.add(0, e);
        for (Element e = b; e != null; e = e.parent()) pb.add(0, e);
        int i = 0;
        while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) i++;
        if (i == pa.size()) return -1; // a is an ancestor of b
        if (i == pb.size()) return 1;
        return Integer.compare(pa.get(i).siblingIndex(), pb.get(i).siblingIndex());
    }

    private static String timeElement(Document doc) {
        // in document order, the first of: a time in an article, a time marked pubdate, any time
        Element inArticle = null, pubdate = null, any = null;
        for (Element t : PageIndex.of(doc).tag("time")) {
            if (!t.hasAttr("datetime")) continue;
            if (any == null) any = t;
            if (pubdate == null && t.hasAttr("pubdate")) pubdate = t;
            if (inArticle == null && t.closest(Css.query("article")) != null) inArticle = t;
        }
        Element t = any;
        for (Element c : new Element[] {inArticle, pubdate}) if (c != null && (t == null || before(c, t))) t = c;
        return t == null ? null : t.attr("datetime");
    }

    private static String h1(Document doc) {
        Element h = PageIndex.of(doc).firstH1();
        return h == null ? null : h.text();
    }

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("(?i)(https?:)?//[^\\s/]+(/\\S*)?|/\\S*");

    /** A declared address, or null when it is none: templates fill a canonical link with the title ("What is wine?"). */
    private static String address(String v) {
        return v != null && ADDRESS.matcher(v.strip()).matches() ? v : null;
    }

    private static String abs(Document doc, Element e, String attr) {
        if (e == null) return null;
        String v = e.absUrl(attr);
        return v.isEmpty() ? e.attr(attr) : v;
    }

    private static String absolute(Document doc, String url) {
        try {
            String base = doc.location();
            if (base == null || base.isEmpty()) return url;
            return java.net.URI.create(base).resolve(url.strip().replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** The offset of the date that won, so the page's own day is kept (published at 01:00+02:00 is that day there). */
    private static java.time.ZoneOffset firstOffset(String... candidates) {
        for (String c : candidates) {
            if (Dates.parse(c) != null) return Dates.offset(c);
        }
        return null;
    }

    /** A meta tag whose name speaks of publication ("published-date", "publish_time", "DC.date.published"). */
    private static String publishedMetaByName(Document doc) {
        for (Element m : PageIndex.of(doc).metas()) {
            String key = (m.attr("name") + " " + m.attr("property") + " " + m.attr("itemprop")).toLowerCase(Locale.ROOT);
            boolean named = key.contains("publish") && (key.contains("date") || key.contains("time") || key.strip().endsWith("published"));
            if (named && Dates.parse(m.attr("content")) != null) {
                return m.attr("content");
            }
        }
        return null;
    }

    /** A field of any JSON-LD object on the page (a WebPage's datePublished when no Article is declared). */
    private static String anyJsonLd(Document doc, String field) {
        for (JsonNode tree : PageIndex.of(doc).jsonLdTrees(MetadataExtractor::parse)) {
            JsonNode found = tree.findValue(field);
            if (found != null && found.isTextual()) return found.asText();
        }
        return null;
    }

    private static Instant firstDate(String... candidates) {
        for (String c : candidates) {
            Instant i = Dates.parse(c);
            if (i != null) return i;
        }
        return null;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
