package dev.newsloom.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes one publisher's story about an event. Every writer draws from the same beats, so stories
 * about one event share entities and facts, but each picks its own variants, order, filler and
 * paragraphing, so no two read alike.
 */
final class ProseGenerator {
    private final StoryGrammar grammar;

    ProseGenerator(StoryGrammar grammar) {
        this.grammar = grammar;
    }

    record Story(String title, List<String> paragraphs) {}

    Story write(Event event, Random random) {
        return write(event, random, random.nextInt(event.kind().headlines().size()));
    }

    Story write(Event event, Random random, int headline) {
        EventKind kind = event.kind();
        String title = typography(EventGenerator.fill(kind.headlines().get(headline % kind.headlines().size()), event.slots()));

        List<String> beats = new ArrayList<>();
        for (List<String> variants : kind.beats().subList(1, kind.beats().size())) {
            beats.add(variants.get(random.nextInt(variants.size())));
        }
        Collections.shuffle(beats, random);
        // most stories are short, a few are long reads padded with background
        int target = 8 + (int) (Math.pow(random.nextDouble(), 1.6) * 30);
        int beatCount = Math.min(beats.size(), Math.max(3, target - 3 - random.nextInt(3)));
        List<String> categoryFiller = new ArrayList<>(grammar.categoryFiller.getOrDefault(kind.category(), List.of()));
        Collections.shuffle(categoryFiller, random);
        List<String> generic = new ArrayList<>(grammar.genericFiller);
        Collections.shuffle(generic, random);
        List<String> filler = new ArrayList<>(categoryFiller.subList(0, Math.min(categoryFiller.size(), 1 + target / 8)));
        filler.addAll(generic);

        List<String> lede = kind.beats().get(0);
        List<String> sentences = new ArrayList<>();
        sentences.add(lede.get(random.nextInt(lede.size())));
        sentences.addAll(beats.subList(0, beatCount));
        int fillerIndex = 0;
        while (fillerIndex < filler.size() && (fillerIndex < 1 || sentences.size() < target)) {
            // background goes after the top of the story, never into the opening sentences
            int at = 3 + random.nextInt(sentences.size() - 2);
            sentences.add(Math.min(at, sentences.size()), filler.get(fillerIndex++));
        }
        for (int i = 0; sentences.size() < 8; i++) sentences.add(generic.get(generic.size() - 1 - i)); // unreachable with today's grammar

        List<String> paragraphs = new ArrayList<>();
        int next = 0;
        for (int size : paragraphSizes(sentences.size(), random)) {
            paragraphs.add(typography(EventGenerator.fill(String.join(" ", sentences.subList(next, next + size)), event.slots())));
            next += size;
        }
        return new Story(title, List.copyOf(paragraphs));
    }

    /** Splits the sentences into 4 to 12 paragraphs of 2 to 5 sentences; needs at least 8 sentences. */
    private static List<Integer> paragraphSizes(int sentences, Random random) {
        double average = 2.2 + random.nextDouble() * 1.4;
        int count = Math.max(4, Math.min(12, (int) Math.round(sentences / average)));
        count = Math.max(count, (sentences + 4) / 5);
        count = Math.min(count, sentences / 2);
        int[] sizes = new int[count];
        java.util.Arrays.fill(sizes, 2);
        for (int left = sentences - 2 * count; left > 0; ) {
            int i = random.nextInt(count);
            if (sizes[i] < 5) {
                sizes[i]++;
                left--;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int size : sizes) out.add(size);
        return out;
    }

    /** Straight quotes become typographic ones, as publishing systems do; it also exercises charsets. */
    static String typography(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean doubleOpen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            if (c == '"') {
                out.append(doubleOpen ? '\u201D' : '\u201C');
                doubleOpen = !doubleOpen;
            } else if (c == '\'') {
                out.append(Character.isLetterOrDigit(before) || before == '.' || before == ',' ? '\u2019' : '\u2018');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
