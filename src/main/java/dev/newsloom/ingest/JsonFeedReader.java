package dev.newsloom.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsloom.model.FeedItem;
import dev.newsloom.model.ParsedFeed;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), read as a tree so odd fields never fail a feed. */
final class JsonFeedReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";

    ParsedFeed read(byte[] body, String base) throws FeedException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? " at line " + e.getLocation().getLineNr() : "";
            throw new FeedException("malformed JSON" + where + ": " + XmlFeedReader.oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new FeedException("unreadable JSON: " + XmlFeedReader.oneLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) throw new FeedException("not a feed: the JSON body is not an object");
        String version = text(root, "version");
        if ((version == null || !version.contains("jsonfeed.org/version")) && !root.path("items").isArray()) {
            throw new FeedException("not a feed: JSON without a JSON Feed \"version\" or \"items\"");
        }
        String feedLink = Links.resolve(base, text(root, "home_page_url"));
        String itemBase = feedLink != null ? feedLink : base;
        String feedAuthor = author(root);
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            if (!item.isObject()) continue;
            String link = Links.resolve(itemBase, text(item, "url"));
            if (link == null) link = Links.resolve(itemBase, text(item, "external_url"));
            String html = text(item, "content_html");
            String content = html != null ? HtmlText.sanitize(html, link != null ? link : itemBase)
                    : HtmlText.textAsHtml(text(item, "content_text"));
            String author = author(item);
            items.add(new FeedItem(
                    HtmlText.plain(text(item, "title")),
                    link,
                    text(item, "id"),
                    date(text(item, "date_published")),
                    date(text(item, "date_modified")),
                    author != null ? author : feedAuthor,
                    tags(item),
                    HtmlText.plain(text(item, "summary")),
                    content));
        }
        return new ParsedFeed(format(version), HtmlText.plain(text(root, "title")), feedLink, text(root, "language"), items);
    }

    static String format(String version) {
        if (version == null || !version.startsWith(VERSION_PREFIX)) return "json_feed";
        String v = version.substring(VERSION_PREFIX.length()).replaceAll("/+$", "");
        return "json_feed_" + (v.matches("\\d+") ? v + ".0" : v);
    }

    /** 1.1 has an "authors" array; 1.0 a single "author". */
    private static String author(JsonNode node) {
        for (JsonNode a : node.path("authors")) {
            String name = HtmlText.plain(text(a, "name"));
            if (name != null) return name;
        }
        return HtmlText.plain(text(node.path("author"), "name"));
    }

    private static List<String> tags(JsonNode item) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode t : item.path("tags")) {
            String tag = t.isValueNode() ? HtmlText.plain(t.asText()) : null;
            if (tag != null) out.add(tag);
        }
        return List.copyOf(out);
    }

    /** Ids may be numbers in the wild though the spec says strings; both become text. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** RFC 3339 as the spec asks; a missing offset is read as UTC, anything else as no date. */
    static Instant date(String s) {
        if (s == null) return null;
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                } catch (DateTimeParseException bad) {
                    return null;
                }
            }
        }
    }
}
