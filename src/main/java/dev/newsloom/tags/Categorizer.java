package dev.newsloom.tags;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files an article under one {@link Category}. The publisher's own section wins; otherwise a
 * multinomial naive Bayes classifier over the words decides. The classifier starts from a small
 * built-in vocabulary per category and keeps learning from every article whose publisher did
 * name its section, so it adapts to the sources a site actually follows. Thread-safe.
 */
public final class Categorizer {
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Map<Category, String> SEED = new EnumMap<>(Map.of(
            Category.WORLD, "summit talks border ceasefire foreign embassy refugees minister treaty neighbours delegation troops sanctions earthquake flood aid humanitarian diplomats united nations",
            Category.POLITICS, "election vote voters parliament party coalition candidate campaign ballot minister opposition lawmakers bill law mayor council referendum polls mandate",
            Category.BUSINESS, "shares profit revenue market investors company quarterly merger acquisition earnings prices inflation bank deal stock jobs workers strike union economy",
            Category.TECHNOLOGY, "software app data startup chip device launch users platform online digital internet smartphone robot robotics cyber algorithm cloud",
            Category.SCIENCE, "researchers study scientists species telescope survey climate ocean fossil discovery laboratory experiment journal planet orbit",
            Category.HEALTH, "hospital patients vaccine outbreak doctors disease infection cases health nurses treatment virus symptoms clinic medical",
            Category.SPORTS, "match goal league coach season striker tournament final club champions win victory score fans stadium cup player team",
            Category.ENTERTAINMENT, "film album festival actor premiere concert director novel band audience stage award music cinema show",
            Category.LIFESTYLE, "recipe restaurant travel fashion garden food chef menu holiday home design weekend wine kitchen style",
            Category.OPINION, "should must believe argue opinion column editorial view readers letter perhaps wrong right critics"));
    private static final double SEED_WEIGHT = 3;

    private final Map<Category, Map<String, Double>> counts = new EnumMap<>(Category.class);
    private final Map<Category, Double> totals = new EnumMap<>(Category.class);
    private final Map<Category, Integer> documents = new EnumMap<>(Category.class);
    private final Map<String, Boolean> vocabulary = new HashMap<>();

    public Categorizer() {
        for (Category c : Category.values()) {
            counts.put(c, new HashMap<>());
            totals.put(c, 0.0);
            documents.put(c, 1);
            for (String w : SEED.get(c).split(" ")) add(c, w, SEED_WEIGHT);
        }
    }

    /** The publisher's section if it names one, else the classifier's best guess. Learns from the former. */
    public Category categorize(String title, String text, List<String> feedCategories, String url) {
        Optional<Category> hinted = SectionHints.of(feedCategories == null ? List.of() : feedCategories, url);
        if (hinted.isPresent()) {
            learn(hinted.get(), title, text);
            return hinted.get();
        }
        return classify(title, text);
    }

    public synchronized void learn(Category category, String title, String text) {
        documents.merge(category, 1, Integer::sum);
        // the headline says more about the section than any one body sentence
        for (String w : words(title)) add(category, w, 2);
        for (String w : words(text)) add(category, w, 1);
    }

    public synchronized Category classify(String title, String text) {
        Map<String, Double> features = new HashMap<>();
        for (String w : words(title)) features.merge(w, 2.0, Double::sum);
        for (String w : words(text)) features.merge(w, 1.0, Double::sum);
        int totalDocs = documents.values().stream().mapToInt(Integer::intValue).sum();
        double v = vocabulary.size();
        Category best = Category.WORLD;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Category c : Category.values()) {
            double score = Math.log((double) documents.get(c) / totalDocs);
            Map<String, Double> cc = counts.get(c);
            double denominator = totals.get(c) + v;
            for (var f : features.entrySet()) {
                if (!vocabulary.containsKey(f.getKey())) continue;
                score += f.getValue() * Math.log((cc.getOrDefault(f.getKey(), 0.0) + 1) / denominator);
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private void add(Category c, String word, double weight) {
        counts.get(c).merge(word, weight, Double::sum);
        totals.merge(c, weight, Double::sum);
        vocabulary.put(word, Boolean.TRUE);
    }

    private static List<String> words(String text) {
        if (text == null) return List.of();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(m.group());
        return out;
    }
}
