package dev.newsloom.ingest;

import dev.newsloom.model.ParsedFeed;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Reads RSS, Atom and JSON Feed into one model. What a body is gets decided by its first bytes
 * before its Content-Type (servers mislabel feeds all the time); an HTML page is reported as
 * {@link NotAFeedException} so the caller can look for the feed it links. Thread-safe.
 */
public final class FeedParser {
    private final XmlFeedReader xml = new XmlFeedReader();
    private final JsonFeedReader json = new JsonFeedReader();

    /**
     * @param contentType the HTTP Content-Type, or null
     * @param base where the body came from, for relative links; may be null
     */
    public ParsedFeed parse(byte[] body, String contentType, URI base) throws FeedException {
        if (body == null) body = new byte[0];
        String baseUri = base == null ? null : base.toString();
        return switch (BodySniffer.sniff(body, contentType)) {
            case EMPTY -> throw new FeedException("not a feed: the body is empty");
            case HTML -> throw new NotAFeedException("the URL serves an HTML page, not a feed");
            case JSON -> json.read(body, baseUri);
            case XML -> xml.read(body, contentType, baseUri);
            case OTHER -> throw new FeedException("not a feed: the body is neither XML nor JSON (" + describe(body, contentType) + ")");
        };
    }

    /** Text is quoted; bytes that are not text are not, since the reason is shown on pages and terminals. */
    private static String describe(byte[] body, String contentType) {
        String start = new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
        long unreadable = start.codePoints().filter(c -> c == 0xFFFD || Character.isISOControl(c) && !Character.isWhitespace(c)).count();
        if (unreadable * 10 > start.codePointCount(0, start.length())) {
            return "binary data, " + body.length + " bytes" + (contentType == null ? "" : ", Content-Type " + contentType.strip());
        }
        return "it starts with \"" + opening(body) + "\"";
    }

    private static String opening(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8).strip()
                .replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
