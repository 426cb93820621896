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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.LongFunction;

/** Any list of the site as an Atom feed, so readers can follow a hashtag, category or search elsewhere. */
final class AtomFeed {
    private AtomFeed() {}

    static String write(String title, String siteBase, String pageHref, String selfHref, List<Article> articles,
            LongFunction<String> sourceName) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title + " · Newsloom");
        feed.setUri(siteBase + pageHref);
        feed.setLink(siteBase + pageHref);
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(siteBase + selfHref);
        SyndLinkImpl alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(siteBase + pageHref);
        feed.setLinks(List.of(alternate, self));
        feed.setPublishedDate(articles.isEmpty() ? new Date(0) : Date.from(articles.get(0).time()));
        List<SyndEntry> entries = new ArrayList<>();
        for (Article a : articles) {
            SyndEntry e = new SyndEntryImpl();
            e.setTitle(a.title());
            e.setLink(siteBase + Paths.article(a));
            e.setUri("urn:newsloom:article:" + a.id());
            e.setPublishedDate(Date.from(a.time()));
            e.setUpdatedDate(Date.from(a.time()));
            e.setAuthor(a.byline() != null ? a.byline() : sourceName.apply(a.sourceId()));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(sourceName.apply(a.sourceId()) + ": " + a.excerpt(400));
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
}
