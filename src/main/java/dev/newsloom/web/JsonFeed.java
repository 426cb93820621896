package dev.newsloom.web;

import static dev.newsloom.web.AtomFeed.xmlText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsloom.model.Article;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of the site as a JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Its texts are
 * cleaned as the XML feeds' are ({@link AtomFeed#xmlText}), so all three formats carry the same
 * words, and an unpaired surrogate never reaches the UTF-8 encoder.
 */
final class JsonFeed {
    static final String VERSION = "https://jsonfeed.org/version/1.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFeed() {}

    static String write(FeedContent f) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", VERSION);
        feed.put("title", xmlText(f.title() + " · Newsloom"));
        feed.put("home_page_url", xmlText(f.siteBase() + f.pageHref()));
        feed.put("feed_url", xmlText(f.siteBase() + f.selfHref()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Article a : f.articles()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", f.entryId(a));
            item.put("url", xmlText(f.entryLink(a)));
            String original = SafeUrl.httpOrNull(a.url());
            if (original != null) item.put("external_url", xmlText(original));
            item.put("title", xmlText(a.title()));
            item.put("content_text", xmlText(f.summary(a)));
            String image = SafeUrl.httpOrNull(a.image());
            if (image != null) item.put("image", xmlText(image));
            String time = a.time().truncatedTo(ChronoUnit.SECONDS).toString(); // RFC 3339, as the XML feeds' seconds
            item.put("date_published", time);
            item.put("date_modified", time);
            String byline = f.byline(a);
            item.put("authors", List.of(Map.of("name", byline != null ? byline : xmlText(f.sourceName().apply(a.sourceId())))));
            List<String> tags = f.hashtags().apply(a.id()).stream().map(AtomFeed::xmlText).toList();
            if (!tags.isEmpty()) item.put("tags", tags);
            item.put("language", Paths.lang(a.lang()));
            items.add(item);
        }
        feed.put("items", items);
        try {
            return JSON.writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feed of plain maps and lists could not be written as JSON", e);
        }
    }
}
