package dev.newsloom.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date as the page shows it, for pages that declare none: a {@code <time>}
 * element's text, a short block named for dates ("post-date", "entry-meta"), or a line that
 * says "Published"/"Updated". The article's own area is searched before the rest of the page,
 * and navigation, footers, asides and comments never count.
 */
final class VisibleDates {
    private static final Pattern LABELLED = Pattern.compile("(?i)^(published|posted|updated|last updated|date|written)\\b.{0,40}");

    private VisibleDates() {}

    static Instant find(Document doc) {
        // the text's own word on when it first came out beats the date line, which then shows a revision
        Instant stated = StatedDates.originallyPublished(doc);
        if (stated != null) return stated;
        Instant near = nearHeadline(doc);
        if (near != null) return near;
        List<Element> scopes = new ArrayList<>(PageIndex.of(doc).mainAreas());
        if (doc.body() != null) scopes.add(doc.body());
        for (Element scope : scopes) {
            Instant found = inScope(scope);
            if (found != null) return found;
        }
        Instant beside = besideAuthor(doc);
        if (beside != null) return beside;
        Instant dateline = StatedDates.dateline(doc);
        return dateline != null ? dateline : nearTitleText(doc);
    }

    private static final Pattern SITE_NAME_AFTER = Pattern.compile("\\s+[|\u2013\u2014-]\\s+[^|\u2013\u2014]{1,60}$");

    /**
     * A headline set in no heading (site builders print it as a styled paragraph): the first
     * element whose text is the declared title, with or without the site's name after it, and the
     * date on the lines around it as around a headline.
     */
    private static Instant nearTitleText(Document doc) {
        if (doc.body() == null) return null;
        java.util.Set<String> titles = new java.util.HashSet<>();
        for (String t : new String[] {MetadataExtractor.meta(doc, "og:title"), doc.title()}) {
            if (t == null || t.isBlank()) continue;
            titles.add(Text.normalize(t).toLowerCase(Locale.ROOT));
            titles.add(SITE_NAME_AFTER.matcher(Text.normalize(t)).replaceFirst("").toLowerCase(Locale.ROOT));
        }
        titles.removeIf(t -> t.length() < 15);
        if (titles.isEmpty()) return null;
        for (Element e : DocumentOrder.all(doc.body())) {
            if (ownTextAtMost(e) < 15) continue; // most elements: without building their own text
            String own = e.ownText();
            if (own.length() < 15 || own.length() > 300) continue;
            if (titles.contains(Text.normalize(own).toLowerCase(Locale.ROOT)) && !excluded(e)) return near(e, false);
        }
        return null;
    }

    /**
     * No less than the length of {@code e.ownText()}: jsoup builds that from the element's text
     * nodes, whitespace collapsed, and a space for each {@code <br>}.
     */
    private static int ownTextAtMost(Element e) {
        int n = 0;
        for (org.jsoup.nodes.Node c = e.firstChild(); c != null; c = c.nextSibling()) {
            if (c instanceof org.jsoup.nodes.TextNode t) n += t.getWholeText().length();
            else if (c.nameIs("br")) n++;
        }
        return n;
    }

    /** "<p>Written by <a href=/author/ana-vel>Ana Vel</a></p><p>April 8, 2024</p>": the date on the line beside the author's. */
    private static Instant besideAuthor(Document doc) {
        for (Element a : PageIndex.of(doc).tag("a")) {
            if (!a.hasAttr("href") || !MetadataExtractor.isAuthorPage(a.attr("href")) || a.parent() == null || excluded(a)) continue;
            Element line = a.parent();
            for (Element beside : new Element[] {line.nextElementSibling(), line.previousElementSibling()}) {
                String text = beside == null ? null : DocumentOrder.shortText(beside, 40);
                Instant d = text == null ? null : Dates.inText(text);
                if (d != null) return d;
            }
            return null; // the first author link is the byline's
        }
        return null;
    }

    /**
     * A date in the short lines around the headline: pages print it beside the title or the byline
     * ("By Ana Vel · Dec 17, 2025 · 6 min read"), before the first paragraph of the text. The first
     * one shown, whatever its line says ("Published", "Updated").
     */
    static Instant nearHeadline(Document doc) {
        return nearHeadline(doc, false);
    }

    /**
     * The publication day shown by the headline, to check a declared date against: the first
     * dated line there, as its {@code <time datetime>} says when it has one, and none when that
     * line says "Updated" (a change, not the publication).
     */
    static Instant publishedNearHeadline(Document doc) {
        Instant near = nearHeadline(doc, true);
        return near != null ? near : markedPublished(doc);
    }

    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?i)\\b(published|posted)( on)?:?\\s*$");

    /** A {@code <time>} the page marks as the publication ("pubdate", or after "Published"), wherever it stands. */
    private static Instant markedPublished(Document doc) {
        for (Element t : PageIndex.of(doc).tag("time")) {
            if (!t.hasAttr("pubdate") && !PUBLISHED_LABEL.matcher(labelBefore(t)).find()) continue;
            if (excluded(t)) continue;
            Instant machine = Dates.parse(t.attr("datetime"));
            Instant shown = machine != null ? machine.atOffset(Dates.offsetOr(t.attr("datetime"))).toLocalDate().atStartOfDay()
                    .toInstant(java.time.ZoneOffset.UTC) : Dates.inText(t.text());
            if (shown != null) return shown;
        }
        return null;
    }

    private static Instant nearHeadline(Document doc, boolean publishedOnly) {
        Element headline = Titles.headlineElement(doc);
        Instant found = headline == null ? null : near(headline, publishedOnly);
        Element first = PageIndex.of(doc).firstH1();
        return found != null || first == null || first == headline ? found : near(first, publishedOnly);
    }

    private static final Pattern CHANGED = Pattern.compile("(?i)\\b(updated|modified|revised|reviewed)\\b");

    private static Instant near(Element h1, boolean publishedOnly) {
        List<Element> near = new ArrayList<>();
        List<Element> before = DocumentOrder.before(h1, 12);
        for (int i = before.size() - 1; i >= 0; i--) near.add(before.get(i));
        near.add(h1);
        int paragraphs = 0;
        for (Element e : DocumentOrder.after(h1, 80)) {
            // a standfirst may come before the date line; after a few paragraphs the text has begun
            if (e.normalName().equals("p") && e.ownText().length() > 200 && ++paragraphs >= 3) break;
            near.add(e);
        }
        for (Element e : near) {
            String own = e.ownText();
            if (own.length() > 160 || excluded(e)) continue;
            Instant d = own.isBlank() ? null : Dates.inText(own);
            String line = null;
            if (d == null && !own.isBlank()) d = Dates.inText(line = DocumentOrder.shortText(e, 120));
            if (d == null) continue;
            if (!publishedOnly) return d;
            if (CHANGED.matcher(line != null ? line : own).find() || CHANGED.matcher(labelBefore(e)).find()) return null;
            Element time = e.normalName().equals("time") ? e : e.closest(Css.query("time"));
            Instant machine = time == null ? null : Dates.parse(time.attr("datetime"));
            return machine != null ? machine.atOffset(Dates.offsetOr(time.attr("datetime"))).toLocalDate().atStartOfDay()
                    .toInstant(java.time.ZoneOffset.UTC) : d;
        }
        return null;
    }

    /** The text just before a date's element ("Updated on" in "<span>Updated on</span> <time>"). */
    private static String labelBefore(Element e) {
        org.jsoup.nodes.Node prev = e.previousSibling();
        for (int i = 0; i < 3 && prev != null; i++, prev = prev.previousSibling()) {
            String t = prev instanceof org.jsoup.nodes.TextNode tn ? tn.text() : prev instanceof Element el ? el.text() : "";
            if (!t.isBlank()) return t.length() > 40 ? t.substring(t.length() - 40) : t;
        }
        return "";
    }

    private static Instant inScope(Element scope) {
        for (Element t : scope.getElementsByTag("time")) {
            if (excluded(t)) continue;
            Instant i = Dates.inText(t.text());
            if (i != null) return i;
        }
        for (Element e : Classes.containing(scope, "date", "time", "publish", "posted", "updated", "meta", "byline", "author")) {
            String names = Classes.names(e);
            if (names.contains("update") && !names.contains("publish")) continue; // modified, not published
            String text = DocumentOrder.shortText(e, 120);
            if (text == null || excluded(e)) continue;
            Instant i = Dates.inText(text);
            if (i != null) return i;
        }
        for (Element e : DocumentOrder.all(scope)) {
            if (!startsWithLabelLetter(e)) continue; // ownText builds a string; most elements cannot start with a label
            String own = e.ownText().strip();
            if (own.length() > 120 || !LABELLED.matcher(own).find() || excluded(e)) continue;
            String small = DocumentOrder.shortText(e, 160);
            Instant i = Dates.inText(small != null ? small : own);
            if (i != null) return i;
        }
        return null;
    }

    /** Whether the element's own text starts with a letter a label can start with (published, posted, updated, date, written). */
    private static boolean startsWithLabelLetter(Element e) {
        for (org.jsoup.nodes.Node n = e.firstChild(); n != null; n = n.nextSibling()) {
            if (!(n instanceof org.jsoup.nodes.TextNode t) || t.isBlank()) continue;
            String w = t.getWholeText();
            for (int i = 0; i < w.length(); i++) {
                char c = Character.toLowerCase(w.charAt(i));
                if (Character.isWhitespace(c) || c == '\u00a0') continue;
                return c == 'p' || c == 'u' || c == 'l' || c == 'd' || c == 'w';
            }
        }
        return false;
    }

    static boolean excluded(Element e) {
        int up = 0;
        for (Element p = e; p != null && up++ < 60; p = p.parent()) {
            String tag = p.normalName();
            // the page's own classes describe the kind of page ("single-post comments-open"), not this block
            if (tag.equals("body") || tag.equals("html")) return false;
            // an article's own footer holds its author and date; the page's footer does not
            if (tag.equals("footer") && p.closest(Css.query("article")) != null) continue;
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside")) return true;
            // the names as the page index holds them: built once per element, not once per question and ancestor
            String names = Classes.names(p);
            // not "sidebar": layouts name their article wrapper "has-sidebar"
            if (names.contains("comment") || names.contains("related")) return true;
        }
        return false;
    }
}
