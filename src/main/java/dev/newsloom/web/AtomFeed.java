package dev.newsloom.web;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.newsloom.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Any list of the site as an Atom feed, so readers can follow a hashtag, category or search elsewhere.
 * Every text and address goes through {@link #xmlText}: a publisher's title or a typed query may hold
 * characters XML 1.0 cannot carry, and one of them must not cost the reader the whole feed.
 */
final class AtomFeed {
    private AtomFeed() {}

    static String write(String title, String siteBase, String pageHref, String selfHref, List<Article> articles,
            LongFunction<String> sourceName) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(xmlText(title + " · Newsloom"));
        feed.setUri(xmlText(siteBase + pageHref));
        feed.setLink(xmlText(siteBase + pageHref));
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(xmlText(siteBase + selfHref));
        SyndLinkImpl alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(xmlText(siteBase + pageHref));
        feed.setLinks(List.of(alternate, self));
        // the feed is as new as its newest entry, whatever order the entries come in
        feed.setPublishedDate(Date.from(articles.stream().map(Article::time).max(Comparator.naturalOrder()).orElse(Instant.EPOCH)));
        List<SyndEntry> entries = new ArrayList<>();
        for (Article a : articles) {
            SyndEntry e = new SyndEntryImpl();
            e.setTitle(xmlText(a.title()));
            e.setLink(xmlText(siteBase + Paths.article(a)));
            e.setUri(xmlText("urn:newsloom:article:" + a.id()));
            e.setPublishedDate(Date.from(a.time()));
            e.setUpdatedDate(Date.from(a.time()));
            String author = a.byline() != null ? xmlText(a.byline()).strip() : "";
            e.setAuthor(author.isEmpty() ? xmlText(sourceName.apply(a.sourceId())) : author);
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(xmlText(sourceName.apply(a.sourceId()) + ": " + a.excerpt(400)));
            e.setDescription(summary);
            entries.add(e);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("writing an Atom feed of our own articles failed", e);
        }
    }

    /**
     * {@code s} without what XML 1.0 cannot carry (C0 controls but tab, line feed and carriage
     * return; unpaired surrogates; U+FFFE and U+FFFF), nor what it discourages and no reader shows
     * (C1 controls and DEL, the other noncharacters).
     */
    static String xmlText(String s) {
        if (s == null) return null;
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            boolean keep = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c < 0xD800)
                    || (c >= 0xE000 && !(c >= 0xFDD0 && c <= 0xFDEF) && (c & 0xFFFE) != 0xFFFE);
            if (!keep && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            if (keep && out != null) out.appendCodePoint(c);
            i += n;
        }
        return out == null ? s : out.toString();
    }
}
