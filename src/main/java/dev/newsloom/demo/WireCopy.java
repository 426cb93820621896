package dev.newsloom.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One agency story and the near-verbatim versions publishers run: their own headline, sometimes a
 * dateline, sometimes the last paragraph trimmed. Near-duplicate detection is measured on these.
 */
final class WireCopy {
    private final Event event;
    private final String token;
    private final List<String> reporters;
    private final ProseGenerator.Story original;
    private final int firstHeadline;
    private final int datelineParity;

    WireCopy(Event event, String token, List<String> reporters, ProseGenerator prose, Random random) {
        this.event = event;
        this.token = token;
        this.reporters = reporters;
        this.firstHeadline = random.nextInt(event.kind().headlines().size());
        this.datelineParity = random.nextInt(2);
        ProseGenerator.Story story = prose.write(event, random, firstHeadline);
        List<String> paragraphs = new ArrayList<>(story.paragraphs());
        if (random.nextBoolean() && paragraphs.size() < 12) {
            paragraphs.add("(Reporting by " + reporters.get(0) + "; editing by " + reporters.get(1) + ")");
        }
        this.original = new ProseGenerator.Story(story.title(), List.copyOf(paragraphs));
    }

    String wireStoryId() {
        return "wire-" + event.id();
    }

    String byline(Random random) {
        return random.nextInt(3) == 0 ? null : reporters.get(random.nextInt(reporters.size()));
    }

    ProseGenerator.Story republish(int copyIndex, Random random) {
        List<String> headlines = event.kind().headlines();
        String title = ProseGenerator.typography(EventGenerator.fill(
                headlines.get((firstHeadline + copyIndex) % headlines.size()), event.slots()));
        List<String> paragraphs = new ArrayList<>(original.paragraphs());
        if (copyIndex > 0 && paragraphs.size() > 4 && random.nextBoolean()) paragraphs.remove(paragraphs.size() - 1);
        // alternate copies carry the agency dateline, so even untrimmed copies are not byte-identical
        if ((copyIndex + datelineParity) % 2 == 0) {
            String place = event.slots().get("PL1").toUpperCase(Locale.ENGLISH);
            paragraphs.set(0, place + " (" + token + ") \u2014 " + paragraphs.get(0));
        }
        return new ProseGenerator.Story(title, List.copyOf(paragraphs));
    }
}
