package dev.newsloom.extract;

import dev.newsloom.model.ExtractedArticle;

/** Turns one article page into clean fields. Implementations must be thread-safe. */
public interface Extractor {
    /**
     * @param html    the page, already decoded to text
     * @param pageUrl the URL it was fetched from, to resolve relative links; may be null
     * @return what was found; never null, paragraphs empty when no body was found
     */
    ExtractedArticle extract(String html, String pageUrl);
}
