package dev.newsloom.ai;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of some articles, each with its vector, place and figures: what every feature
 * selects from. Built once per set of articles and shared by the features and the questions.
 */
final class SentencePool {
    /** Articles read this far at most: the top of a news article carries its substance. */
    static final int MAX_SENTENCES_PER_DOC = 40;

    /** @param position the sentence's place among its article's kept sentences, 0 for the first */
    record Item(int doc, int position, String text, float[] vector, List<Numbers.Figure> figures, int names, java.util.Set<String> words) {}

    final List<AiDocument> docs;
    final List<Item> items;
    final List<float[]> titles;
    /** The headlines as items (position -1): statements a question may be answered from, not sentences to summarise. */
    final List<Item> headlines;
    /** What all the articles say together, each article weighing the same. */
    final float[] centroid;
    final String version;

    private SentencePool(List<AiDocument> docs, List<Item> items, List<float[]> titles, float[] centroid, String version) {
        this.docs = docs;
        this.items = items;
        this.titles = titles;
        List<Item> heads = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            String t = docs.get(d).title();
            if (Sentences.words(t) >= 3) {
                heads.add(new Item(d, -1, t, titles.get(d), Numbers.find(t), names(t), java.util.Set.copyOf(Words.content(t))));
            }
        }
        this.headlines = List.copyOf(heads);
        this.centroid = centroid;
        this.version = version;
    }

    static SentencePool build(List<AiDocument> docs, TextVectors vectors) {
        record Raw(int doc, int position, String text) {}
        List<Raw> raw = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            AiDocument doc = docs.get(d);
            int position = 0;
            for (String paragraph : doc.paragraphs()) {
                for (String s : Sentences.split(paragraph, doc.lang())) {
                    String clean = Sentences.clean(s, position == 0);
                    if (clean == null) continue;
                    if (position >= MAX_SENTENCES_PER_DOC) break;
                    raw.add(new Raw(d, position++, clean));
                }
            }
        }
        List<String> texts = new ArrayList<>(raw.size() + docs.size());
        for (Raw r : raw) texts.add(r.text());
        for (AiDocument d : docs) texts.add(d.title().isBlank() ? " " : d.title());
        List<float[]> vs = vectors.vectors(texts);
        List<Item> items = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Raw r = raw.get(i);
            items.add(new Item(r.doc(), r.position(), r.text(), vs.get(i), Numbers.find(r.text()), names(r.text()),
                    java.util.Set.copyOf(Words.content(r.text()))));
        }
        List<float[]> titles = List.copyOf(vs.subList(raw.size(), vs.size()));
        List<float[]> docMeans = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            List<float[]> own = new ArrayList<>();
            for (Item it : items) if (it.doc() == d) own.add(it.vector());
            if (!own.isEmpty()) docMeans.add(TextVectors.mean(own));
        }
        return new SentencePool(List.copyOf(docs), List.copyOf(items), titles, TextVectors.mean(docMeans), AiDocument.version(docs));
    }

    private volatile java.util.Map<String, Integer> documentFrequency;

    /** In how many sentences of the pool each content word occurs. */
    java.util.Map<String, Integer> documentFrequency() {
        java.util.Map<String, Integer> df = documentFrequency;
        if (df == null) {
            df = new java.util.HashMap<>();
            for (Item it : items) for (String w : it.words()) df.merge(w, 1, Integer::sum);
            documentFrequency = df;
        }
        return df;
    }

    int size() {
        return items.size();
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    float sim(int i, int j) {
        return TextVectors.dot(items.get(i).vector(), items.get(j).vector());
    }

    float sim(int i, float[] v) {
        return v == null ? 0 : TextVectors.dot(items.get(i).vector(), v);
    }

    /** Closeness to what the articles say together, spread over 0..1 within the pool. */
    double[] centrality() {
        double[] c = new double[items.size()];
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (int i = 0; i < c.length; i++) {
            c[i] = sim(i, centroid);
            min = Math.min(min, c[i]);
            max = Math.max(max, c[i]);
        }
        for (int i = 0; i < c.length; i++) c[i] = max - min < 1e-6 ? 1 : (c[i] - min) / (max - min);
        return c;
    }

    /** News puts what matters first: the lede weighs most, the tenth sentence a tenth as much. */
    static double position(int position) {
        return Math.exp(-position / 4.0);
    }

    /**
     * How much a sentence states: figures, a quotation, a person introduced by role, names; less
     * for the stock phrases of wire copy that say nothing of the story ("did not respond to a
     * request for comment").
     */
    double information(int i) {
        Item it = items.get(i);
        long figures = it.figures().stream().filter(Numbers.Figure::significant).count();
        String t = it.text();
        boolean quote = t.contains("“") || t.contains("\"");
        boolean introduced = APPOSITION.matcher(t).find();
        double v = 0.5 * Math.min(2, figures) + (quote ? 0.3 : 0) + (introduced ? 0.25 : 0) + 0.1 * Math.min(3, it.names());
        if (STOCK_PHRASE.matcher(t).find()) v -= 0.6;
        return Math.max(-0.5, Math.min(1.0, v));
    }

    private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}’'-]+, (the|a|an|its|his|her|their) \\p{Ll}[\\p{L}’'-]*|\\p{Lu}[\\p{L}’'-]+, who\\b"
                    + "|\\b(Mayor|President|Minister|Chancellor|Governor|Senator|Judge|Chief|Director|Professor|Dr|Mr|Mrs|Ms|Chef|Captain|Coach) \\p{Lu}");
    /** Phrases of wire copy that report no development of the story. */
    private static final java.util.regex.Pattern STOCK_PHRASE = java.util.regex.Pattern.compile("(?i)(did not (immediately )?respond to"
            + " (a |our )?requests? for comment|declined to comment|could not be reached for comment|would not comment"
            + "|could not be independently verified|was not immediately clear|gave (no )?further details|no further details"
            + "|monitoring the situation|developing story|more details (will|would) be released|further statement is expected"
            + "|remains to be seen|mixed reactions|closely watched)");

    /** Capitalised words past the first: a rough count of the names a sentence holds. */
    private static int names(String text) {
        int n = 0;
        String[] words = text.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            int k = 0;
            while (k < w.length() && !Character.isLetter(w.charAt(k))) k++;
            if (k < w.length() && Character.isUpperCase(w.charAt(k))) n++;
        }
        return n;
    }
}
