package dev.newsloom.ai;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generative engine's only job: rephrase and condense what the extractive engine retrieved,
 * citing it. Its text is accepted only if every sentence cites [n] sources that were in the
 * material, and every figure it states is one the material states; anything else is rejected
 * (and the caller keeps the extractive text).
 */
public final class Rewriter {
    static final String SYSTEM = """
            You rewrite news material for a news site. Use only the facts in the numbered material: add no fact, \
            name, number, date or opinion that is not in it. End every sentence with the numbers of the sources it \
            draws on in square brackets, like [1] or [1][3]; use only numbers that appear in the material. Write plain \
            text in the language of the material, without headings, lists or an introduction.""";
    static final String NO_ANSWER = "NO ANSWER";
    private static final Pattern MARKERS = Pattern.compile("\\s*((?:\\[\\s*\\d+(?:\\s*,\\s*\\d+)*\\s*\\]\\s*)+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final ChatClient client;

    public Rewriter(GenerativeConfig config) {
        this(new ChatClient(config));
    }

    Rewriter(ChatClient client) {
        this.client = client;
    }

    /** What cached results rewritten by this engine are marked with. */
    public String engineName() {
        return "generative:" + client.model();
    }

    ArticleSummary summary(ArticleSummary s) throws GenerativeException {
        if (s.summary().isEmpty()) return s;
        List<Cited> material = new ArrayList<>(s.summary());
        material.addAll(s.keyPoints());
        List<Cited> text = rewrite("Write a summary of two or three sentences of this article.", material, 3);
        return new ArticleSummary(text, s.keyPoints(), s.sources(), s.excerptOnly());
    }

    StoryBrief brief(StoryBrief b) throws GenerativeException {
        if (b.brief().isEmpty()) return b;
        List<Cited> text = rewrite("Write a brief of at most " + Math.max(3, b.brief().size())
                + " sentences about this news story, from these sentences of reports by several sources.", b.brief(), Math.max(3, b.brief().size()));
        return new StoryBrief(text, b.whatsNew(), b.articleCount(), b.sourceCount(), b.sources());
    }

    Answer answer(Answer a) throws GenerativeException {
        if (!a.answered()) return a;
        String task = "Question: " + a.question() + "\nAnswer the question in one or two sentences using only the material. "
                + (a.fromRelated() ? "The material comes from reports of related events, not of the one asked about: say that it is "
                        + "about those events, naming them, and never present it as the answer for the event asked about. " : "")
                + "If the material does not answer it, reply with exactly: " + NO_ANSWER;
        return a.withCondensed(rewrite(task, a.quotes(), 2));
    }

    List<Cited> rewrite(String task, List<Cited> material, int maxSentences) throws GenerativeException {
        StringBuilder prompt = new StringBuilder(task).append("\n\nMaterial:\n");
        Set<Integer> allowed = new LinkedHashSet<>();
        StringBuilder materialText = new StringBuilder();
        for (Cited c : material) {
            for (int n : c.cites()) prompt.append('[').append(n).append(']');
            prompt.append(' ').append(c.text()).append('\n');
            allowed.addAll(c.cites());
            materialText.append(c.text()).append('\n');
        }
        String out = client.complete(SYSTEM, prompt.toString(), 120 * maxSentences + 100);
        return validated(out, allowed, materialText.toString(), maxSentences);
    }

    /** The model's text as cited sentences, or the reason it cannot be shown. */
    static List<Cited> validated(String out, Set<Integer> allowed, String material, int maxSentences) throws GenerativeException {
        String text = out.strip();
        if (text.toUpperCase(Locale.ROOT).startsWith(NO_ANSWER)) throw new GenerativeException("the model found no answer in the quotes");
        if (text.length() > 400 * maxSentences + 200) throw new GenerativeException("the text is longer than asked for");
        List<Cited> sentences = new ArrayList<>();
        List<String> pieces = citedPieces(text);
        for (String piece : pieces) {
            Matcher m = MARKERS.matcher(piece);
            List<Integer> cites = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            int last = 0;
            while (m.find()) {
                plain.append(piece, last, m.start());
                Matcher n = NUMBER.matcher(m.group(1));
                while (n.find()) {
                    int k = Integer.parseInt(n.group());
                    if (!allowed.contains(k)) throw new GenerativeException("the text cites [" + k + "], which is not one of its sources");
                    if (!cites.contains(k)) cites.add(k);
                }
                last = m.end();
            }
            plain.append(piece.substring(last));
            String passage = plain.toString().replaceAll("\\s+([.,;:!?])", "$1").replaceAll("\\s+", " ").strip();
            if (passage.isEmpty()) continue;
            if (cites.isEmpty()) throw new GenerativeException("a sentence cites no source: " + cut(passage));
            // markers after a passage of several sentences cite all of them
            for (String sentence : Sentences.split(passage, "en")) sentences.add(new Cited(sentence, cites));
        }
        if (sentences.isEmpty()) throw new GenerativeException("the text is empty");
        if (sentences.size() > maxSentences + 1) throw new GenerativeException("the text has " + sentences.size() + " sentences, not at most " + maxSentences);
        Set<String> known = new LinkedHashSet<>();
        for (Numbers.Figure f : Numbers.find(material)) known.add(f.key());
        for (Cited c : sentences) {
            for (Numbers.Figure f : Numbers.find(c.text())) {
                if (!known.contains(f.key())) throw new GenerativeException("the text states " + f.written() + ", which its sources do not");
            }
        }
        return sentences;
    }

    /**
     * Splits the text after each run of citation markers that ends a sentence: "A [1]. B [2][3]." or
     * "A. [1] B. [2]" both give two pieces, each carrying its markers.
     */
    private static List<String> citedPieces(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(\\[\\s*\\d+(?:\\s*,\\s*\\d+)*\\s*\\]\\s*)+[.!?]?[\"”’)]*(\\s+|$)").matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(text.substring(start, m.end()).strip());
            start = m.end();
        }
        if (start < text.length() && !text.substring(start).isBlank()) out.add(text.substring(start).strip());
        return out;
    }

    private static String cut(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
