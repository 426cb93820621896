package dev.newsloom.demo;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** JSON Feed 1.1, summaries and tags, written by hand like the other formats. */
final class JsonFeedWriter implements FeedWriter {
    @Override
    public String write(Publisher p, List<DemoArticle> items, URI base, Instant updated) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n")
                .append("  \"title\": ").append(Html.json(p.name())).append(",\n")
                .append("  \"home_page_url\": ").append(Html.json(FeedWriter.abs(base, p.homePath()))).append(",\n")
                .append("  \"feed_url\": ").append(Html.json(FeedWriter.abs(base, p.feedPath()))).append(",\n")
                .append("  \"language\": ").append(Html.json(p.lang())).append(",\n")
                .append("  \"items\": [");
        for (int i = 0; i < items.size(); i++) {
            DemoArticle a = items.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(Html.json(p.slug() + ":" + a.id()))
                    .append(", \"url\": ").append(Html.json(FeedWriter.abs(base, a.path())))
                    .append(", \"title\": ").append(Html.json(a.title()))
                    .append(", \"summary\": ").append(Html.json(FeedWriter.summary(a)))
                    .append(", \"date_published\": ").append(Html.json(a.published().toString()));
            if (a.byline() != null) out.append(", \"authors\": [{\"name\": ").append(Html.json(a.byline())).append("}]");
            if (a.imagePath() != null) out.append(", \"image\": ").append(Html.json(FeedWriter.abs(base, a.imagePath())));
            out.append(", \"tags\": [").append(Html.json(a.category())).append("]}");
        }
        return out.append("\n  ]\n}\n").toString();
    }
}
