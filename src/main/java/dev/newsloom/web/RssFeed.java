package dev.newsloom.web;

import static dev.newsloom.web.AtomFeed.xmlText;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.newsloom.model.Article;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * A list of the site as an RSS 2.0 feed, written through Rome's RSS model (not its neutral one,
 * which has no lastBuildDate, guid isPermaLink or self link). Each item's guid is the entry's
 * Atom id (not a permalink), so a reader that moves between the formats, or a site that changes
 * its host name, shows no entry twice.
 */
final class RssFeed {
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private RssFeed() {}

    static String write(FeedContent f) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(xmlText(f.title() + " · Newsloom"));
        channel.setLink(xmlText(f.siteBase() + f.pageHref()));
        channel.setDescription(xmlText(f.title() + " · Newsloom"));
        channel.setGenerator("Newsloom");
        channel.setDocs("https://www.rssboard.org/rss-specification");
        Date updated = Date.from(f.updated());
        channel.setLastBuildDate(updated);
        channel.setPubDate(updated);
        Element self = new Element("link", ATOM);
        self.setAttribute("href", xmlText(f.siteBase() + f.selfHref()));
        self.setAttribute("rel", "self");
        self.setAttribute("type", FeedFormat.RSS.mediaType());
        channel.setForeignMarkup(new ArrayList<>(List.of(self)));
        List<Item> items = new ArrayList<>();
        for (Article a : f.articles()) {
            Item item = new Item();
            item.setTitle(xmlText(a.title()));
            item.setLink(xmlText(f.entryLink(a)));
            Guid guid = new Guid();
            guid.setValue(f.entryId(a));
            guid.setPermaLink(false);
            item.setGuid(guid);
            item.setPubDate(Date.from(a.time()));
            Description description = new Description();
            // an RSS description is read as HTML: the plain text is escaped once more so it shows as typed
            description.setValue(org.jsoup.nodes.Entities.escape(xmlText(f.summary(a))));
            item.setDescription(description);
            List<Category> categories = new ArrayList<>();
            for (String tag : f.hashtags().apply(a.id())) {
                Category c = new Category();
                c.setValue(xmlText(tag));
                categories.add(c);
            }
            item.setCategories(categories);
            String byline = f.byline(a);
            if (byline != null) { // RSS's own <author> is an e-mail address; a name goes in dc:creator
                DCModule dc = new DCModuleImpl();
                dc.setCreator(byline);
                item.setModules(new ArrayList<Module>(List.of(dc)));
            }
            items.add(item);
        }
        channel.setItems(items);
        try {
            return new WireFeedOutput().outputString(channel);
        } catch (FeedException e) {
            throw new IllegalStateException("writing an RSS feed of our own articles failed", e);
        }
    }
}
