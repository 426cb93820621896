package dev.newsloom.ingest;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Block;
import dev.newsloom.model.BlockKind;
import dev.newsloom.model.ExtractedArticle;
import dev.newsloom.model.FeedItem;
import dev.newsloom.model.Source;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Merges what the feed said about an item with what extraction found on its page. The page wins
 * for the body; the feed fills gaps. When neither gives a real body the article keeps the feed's
 * summary and is marked excerpt-only rather than storing navigation junk as text.
 */
public final class ArticleAssembler {
    /** Below this many characters, an extracted body is not trusted as the article. */
    static final int MIN_BODY_CHARS = 250;

    public Article assemble(Source source, FeedItem item, ExtractedArticle page, String fetchedUrl, Instant now) {
        String url = canonicalUrl(item, page, fetchedUrl);
        List<Block> pageParagraphs = page == null ? List.of() : page.blocks();
        List<Block> feedParagraphs = blocksOfHtml(item.content());
        List<Block> body;
        boolean excerptOnly = false;
        if (page != null && page.paywalled()) {
            // the page's text is a teaser; the longer of it and the feed's text stands in for the article
            body = chars(feedParagraphs) > chars(pageParagraphs) ? feedParagraphs : pageParagraphs;
            if (body.isEmpty()) body = summaryParagraphs(item, page);
            excerptOnly = true;
        } else if (chars(pageParagraphs) >= MIN_BODY_CHARS) {
            body = pageParagraphs;
        } else if (chars(feedParagraphs) >= MIN_BODY_CHARS) {
            body = feedParagraphs;
        } else {
            body = firstNonEmpty(feedParagraphs, summaryParagraphs(item, page), pageParagraphs);
            excerptOnly = true;
        }
        String title = firstNonBlank(page == null ? null : page.title(), item.title());
        // a page title that wraps the feed's headline in decoration ("Site - Headline") loses to the headline
        if (title != null && item.title() != null && title.length() > item.title().length() && title.contains(item.title())) {
            title = item.title();
        }
        String byline = firstNonBlank(page == null ? null : page.byline(), item.author());
        Instant published = item.published() != null ? item.published()
                : page != null && page.published() != null ? page.published() : item.updated();
        if (published != null && published.isAfter(now)) published = now; // clocks of publishers drift
        List<String> categories = new ArrayList<>(new LinkedHashSet<>(item.categories()));
        // the section the page files itself under is the publisher's own hint, as a feed category is
        if (categories.isEmpty() && page != null && page.section() != null && page.section().length() <= 60) categories.add(page.section());
        return new Article(
                ArticleId.fromUrl(url), source.id(), url,
                title == null ? "(untitled)" : title,
                byline, published, now,
                page == null ? null : page.lang(),
                page == null ? null : page.image(),
                page == null ? null : page.caption(),
                page == null ? null : page.credit(),
                String.join("\n", texts(body)), excerptOnly, categories, kinds(body));
    }

    /**
     * The page's declared canonical URL is used only when it stays on the same host, so a page
     * cannot claim another publisher's article id.
     */
    static String canonicalUrl(FeedItem item, ExtractedArticle page, String fetchedUrl) {
        String base = fetchedUrl != null ? fetchedUrl : item.link();
        if (page != null && page.url() != null && sameHost(page.url(), base)) return page.url();
        return base;
    }

    private static boolean sameHost(String a, String b) {
        try {
            String ha = URI.create(a).getHost(), hb = URI.create(b).getHost();
            return ha != null && ha.equalsIgnoreCase(hb);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The feed's content as blocks, headings and list items kept as such. */
    static List<Block> blocksOfHtml(String html) {
        if (html == null || html.isBlank()) return List.of();
        List<Block> out = new ArrayList<>();
        var doc = Jsoup.parseBodyFragment(html);
        var blocks = doc.body().select("p, h1, h2, h3, h4, li, blockquote");
        if (blocks.isEmpty()) {
            String text = doc.body().text().strip();
            return text.isEmpty() ? List.of() : List.of(new Block(BlockKind.PARAGRAPH, text));
        }
        for (Element e : blocks) {
            if (!e.select("p, li").isEmpty() && !e.is("p, li")) continue; // containers: their children count
            String text = e.text().strip();
            if (!text.isEmpty()) out.add(new Block(kindOf(e), text));
        }
        return out;
    }

    private static BlockKind kindOf(Element e) {
        return switch (e.normalName()) {
            case "h1", "h2" -> BlockKind.HEADING;
            case "h3", "h4" -> BlockKind.SUBHEADING;
            case "li" -> e.parent() != null && e.parent().normalName().equals("ol") ? BlockKind.NUMBERED_ITEM : BlockKind.LIST_ITEM;
            case "blockquote" -> BlockKind.QUOTE;
            default -> BlockKind.PARAGRAPH;
        };
    }

    private static List<Block> summaryParagraphs(FeedItem item, ExtractedArticle page) {
        String s = firstNonBlank(item.summary(), page == null ? null : page.description());
        return s == null ? List.of() : List.of(new Block(BlockKind.PARAGRAPH, s.strip()));
    }

    @SafeVarargs
    private static List<Block> firstNonEmpty(List<Block>... lists) {
        for (List<Block> l : lists) if (!l.isEmpty()) return l;
        return List.of();
    }

    private static int chars(List<Block> blocks) {
        return blocks.stream().mapToInt(b -> b.text().length()).sum();
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    private static List<BlockKind> kinds(List<Block> blocks) {
        return blocks.stream().map(Block::kind).toList();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
