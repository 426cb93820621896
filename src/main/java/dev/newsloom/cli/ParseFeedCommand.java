package dev.newsloom.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsloom.ingest.FeedDiscovery;
import dev.newsloom.ingest.FeedException;
import dev.newsloom.ingest.FeedParser;
import dev.newsloom.ingest.FetchException;
import dev.newsloom.ingest.FetchResponse;
import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.ingest.HttpFetcher;
import dev.newsloom.ingest.NotAFeedException;
import dev.newsloom.model.FeedItem;
import dev.newsloom.model.ParsedFeed;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows what Newsloom reads from a feed, the same way ingestion reads it: for checking a source before adding it. */
@Command(name = "parse-feed", mixinStandardHelpOptions = true,
        description = "Parse an RSS, Atom or JSON feed from a file or URL and print it as JSON.")
public final class ParseFeedCommand implements Callable<Integer> {
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

    @Parameters(index = "0", paramLabel = "FILE|URL", description = "A feed file, or an http(s) URL to fetch.")
    String target;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        ParsedFeed feed;
        try {
            feed = isUrl(target) ? fromUrl(target) : fromFile(Path.of(target));
        } catch (NoSuchFileException e) {
            return fail(2, "no such file: " + target);
        } catch (IOException e) {
            return fail(1, "cannot read " + target + ": " + e.getMessage());
        } catch (FetchException | FeedException e) {
            return fail(1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(1, "interrupted");
        }
        try {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(toJson(feed)));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (JsonProcessingException e) {
            return fail(1, "cannot write JSON: " + e.getOriginalMessage());
        }
    }

    private static boolean isUrl(String s) {
        return s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8);
    }

    private static ParsedFeed fromFile(Path file) throws IOException, FeedException {
        // no base: relative links in a local file have nothing sensible to resolve against
        return new FeedParser().parse(Files.readAllBytes(file), null, null);
    }

    private static ParsedFeed fromUrl(String url) throws FetchException, FeedException, InterruptedException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchException("malformed URL: " + url);
        }
        try (HttpFetcher fetcher = new HttpFetcher(FetcherConfig.defaults())) {
            FetchResponse r = fetcher.fetch(uri, null, null);
            try {
                return new FeedParser().parse(r.body(), r.contentType(), r.finalUri());
            } catch (NotAFeedException e) {
                List<URI> feeds = FeedDiscovery.discover(new String(r.body(), charsetOf(r.contentType())), r.finalUri());
                if (feeds.isEmpty()) throw new FeedException(e.getMessage() + ", and the page links no feed");
                throw new FeedException(e.getMessage() + "; the page links the feed " + feeds.get(0));
            }
        }
    }

    private static Charset charsetOf(String contentType) {
        Matcher m = contentType == null ? null : CHARSET.matcher(contentType);
        try {
            return m != null && m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    static Map<String, Object> toJson(ParsedFeed feed) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", feed.format());
        out.put("title", feed.title());
        out.put("link", feed.link());
        out.put("language", feed.language());
        out.put("items", feed.items().stream().map(ParseFeedCommand::toJson).toList());
        return out;
    }

    private static Map<String, Object> toJson(FeedItem item) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", item.title());
        out.put("link", item.link());
        out.put("id", item.id());
        out.put("published", iso(item.published()));
        out.put("updated", iso(item.updated()));
        out.put("author", item.author());
        out.put("categories", item.categories());
        out.put("summary", item.summary());
        out.put("content", item.content());
        return out;
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }

    private int fail(int code, String reason) {
        spec.commandLine().getErr().println("parse-feed: " + reason.replaceAll("\\s+", " ").strip());
        spec.commandLine().getErr().flush();
        return code;
    }
}
