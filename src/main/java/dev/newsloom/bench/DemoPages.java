package dev.newsloom.bench;

import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.Newsroom;
import dev.newsloom.demo.Publisher;
import dev.newsloom.demo.SiteRenderer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The demo newsroom's article pages, rendered exactly as its server sends them, with their truth. */
public record DemoPages(List<Page> pages) {
    public static final URI BASE = URI.create("http://newsroom.test/");

    /** One page: its bytes, the Content-Type its server declares, and what an ideal extractor finds. */
    public record Page(DemoArticle truth, String url, String contentType, byte[] body) {}

    public static DemoPages generate(long seed, int count) {
        Newsroom newsroom = new Newsroom(seed, count);
        SiteRenderer renderer = new SiteRenderer(BASE);
        List<DemoArticle> all = newsroom.articles();
        List<Page> pages = new ArrayList<>(Math.min(count, all.size()));
        for (int i = 0; i < all.size() && pages.size() < count; i++) {
            DemoArticle a = all.get(i);
            Publisher p = newsroom.publisher(a.publisherSlug()).orElseThrow();
            // related links only look backwards, so the prefix up to this article is all the renderer needs
            byte[] body = renderer.articlePage(p, a, all.subList(Math.max(0, i - 200), i + 1));
            pages.add(new Page(a, a.url(BASE).toString(), "text/html; charset=" + SiteRenderer.charset(p).name(), body));
        }
        return new DemoPages(List.copyOf(pages));
    }

    public long bytes() {
        long n = 0;
        for (Page p : pages) n += p.body().length;
        return n;
    }
}
