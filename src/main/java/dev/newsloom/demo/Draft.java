package dev.newsloom.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A written article waiting for its publication time. Dated URL paths use the article's place in
 * the world's nominal calendar, not the moment a server publishes it: a restarted demo must serve
 * every article at the same URL again, or subscribers would store it twice.
 */
record Draft(String id, int serial, Publisher publisher, Duration offset, String title, String byline, String category,
             String eventId, String eventKind, String wireStoryId, String credit, List<String> paragraphs,
             String caption, boolean hasImage, List<String> keyFacts, List<String> tags) {

    DemoArticle publishAt(Instant published) {
        String path = Publishers.articlePath(publisher, this, Newsroom.NOMINAL_START.plus(offset));
        String imagePath = hasImage ? "/" + publisher.slug() + "/img/" + id + ".png" : null;
        return new DemoArticle(id, publisher.slug(), path, title, byline, published, publisher.lang(), category,
                eventId, eventKind, wireStoryId, credit, paragraphs, caption, imagePath, keyFacts, tags,
                publisher.paywalled());
    }
}
