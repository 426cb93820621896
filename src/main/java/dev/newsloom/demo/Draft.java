package dev.newsloom.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A written article waiting for its publication time. Its URL path depends on the moment it is
 * published (dated URLs), so the path is only fixed when it is stamped.
 */
record Draft(String id, int serial, Publisher publisher, Duration offset, String title, String byline, String category,
             String eventId, String eventKind, String wireStoryId, String credit, List<String> paragraphs,
             String caption, boolean hasImage, List<String> keyFacts, List<String> tags) {

    DemoArticle publishAt(Instant published) {
        String path = Publishers.articlePath(publisher, this, published);
        String imagePath = hasImage ? "/" + publisher.slug() + "/img/" + id + ".png" : null;
        return new DemoArticle(id, publisher.slug(), path, title, byline, published, publisher.lang(), category,
                eventId, eventKind, wireStoryId, credit, paragraphs, caption, imagePath, keyFacts, tags,
                publisher.paywalled());
    }
}
