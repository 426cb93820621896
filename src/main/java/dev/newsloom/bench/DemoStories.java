package dev.newsloom.bench;

import dev.newsloom.ai.AiDocument;
import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.DemoEvent;
import dev.newsloom.demo.Newsroom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo newsroom's events as stories for the AI features, grouped by the generator's truth
 * (so what is measured is the AI features, not the clustering): each event's original articles
 * in publication order, wire copies folded into the first copy as publishers that ran it.
 */
public final class DemoStories {
    /** @param docs the originals, earliest first, as the site hands a story to the AI features */
    public record Story(DemoEvent event, List<DemoArticle> articles, List<AiDocument> docs) {
        /** Every figure and date the event's articles state: what a brief could cover. */
        public List<String> keyFacts() {
            List<String> out = new ArrayList<>();
            for (DemoArticle a : articles) for (String f : a.keyFacts()) if (!out.contains(f)) out.add(f);
            return out;
        }
    }

    private DemoStories() {}

    public static List<Story> of(Newsroom newsroom, List<DemoArticle> world) {
        Map<String, DemoEvent> events = new LinkedHashMap<>();
        for (DemoEvent e : newsroom.events()) events.put(e.id(), e);
        Map<String, List<DemoArticle>> byEvent = new LinkedHashMap<>();
        List<DemoArticle> sorted = new ArrayList<>(world);
        sorted.sort(Comparator.comparing(DemoArticle::published).thenComparing(DemoArticle::id));
        for (DemoArticle a : sorted) byEvent.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(a);
        List<Story> out = new ArrayList<>();
        for (var e : byEvent.entrySet()) {
            List<AiDocument> docs = new ArrayList<>();
            Map<String, List<String>> copiedBy = new LinkedHashMap<>();
            Map<String, DemoArticle> firstOfWire = new LinkedHashMap<>();
            for (DemoArticle a : e.getValue()) {
                if (a.wireStoryId() == null) continue;
                DemoArticle first = firstOfWire.putIfAbsent(a.wireStoryId(), a);
                if (first != null) copiedBy.computeIfAbsent(first.id(), k -> new ArrayList<>()).add(name(newsroom, a));
            }
            for (DemoArticle a : e.getValue()) {
                if (a.wireStoryId() != null && firstOfWire.get(a.wireStoryId()) != a) continue;
                docs.add(doc(newsroom, a, copiedBy.getOrDefault(a.id(), List.of())));
            }
            out.add(new Story(events.get(e.getKey()), e.getValue(), docs));
        }
        return out;
    }

    public static AiDocument doc(Newsroom newsroom, DemoArticle a, List<String> copiedBy) {
        return new AiDocument(a.id(), a.title(), name(newsroom, a), a.lang(), a.published(), a.paragraphs(), a.excerptOnly(), copiedBy);
    }

    private static String name(Newsroom newsroom, DemoArticle a) {
        return newsroom.publisher(a.publisherSlug()).map(p -> p.name()).orElse(a.publisherSlug());
    }
}
