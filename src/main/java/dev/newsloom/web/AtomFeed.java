package dev.newsloom.web;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.newsloom.model.Article;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Any list of the site as an Atom 1.0 feed, so readers can follow it elsewhere (RSS and JSON Feed
 * beside it: {@link FeedFormat}). Every text and address goes through {@link #xmlText}: a
 * publisher's title or a typed query may hold characters XML 1.0 cannot carry, and one of them
 * must not cost the reader the whole feed.
 */
final class AtomFeed {
    private AtomFeed() {}

    static String write(FeedContent f) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(xmlText(f.title() + " · Newsloom"));
        feed.setUri(xmlText(f.id() != null ? f.id() : f.siteBase() + f.pageHref()));
        feed.setLink(xmlText(f.siteBase() + f.pageHref()));
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setType(FeedFormat.ATOM.mediaType());
        self.setHref(xmlText(f.siteBase() + f.selfHref()));
        SyndLinkImpl alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(xmlText(f.siteBase() + f.pageHref()));
        feed.setLinks(List.of(alternate, self));
        feed.setPublishedDate(Date.from(f.updated()));
        List<SyndEntry> entries = new ArrayList<>();
        for (Article a : f.articles()) {
            SyndEntry e = new SyndEntryImpl();
            e.setTitle(xmlText(a.title()));
            e.setLink(xmlText(f.entryLink(a)));
            e.setUri(f.entryId(a));
            e.setPublishedDate(Date.from(a.time()));
            e.setUpdatedDate(Date.from(a.time()));
            String byline = f.byline(a);
            e.setAuthor(byline != null ? byline : xmlText(f.sourceName().apply(a.sourceId())));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(xmlText(f.summary(a)));
            e.setDescription(summary);
            List<SyndCategory> categories = new ArrayList<>();
            for (String tag : f.hashtags().apply(a.id())) {
                SyndCategoryImpl c = new SyndCategoryImpl();
                c.setName(xmlText(tag));
                categories.add(c);
            }
            e.setCategories(categories);
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
