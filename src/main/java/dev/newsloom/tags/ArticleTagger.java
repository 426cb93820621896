package dev.newsloom.tags;

import dev.newsloom.model.Article;
import java.util.Optional;

/** Files an article under a category and names it with hashtags. Thread-safe. */
public final class ArticleTagger {
    /**
     * Which rules wrote an article's hashtags. A release whose hashtags differ raises it, and the
     * store recomputes the stored ones once on start-up. 2: titles and roles kept out of names,
     * datelines, "organisers of", credit lines (2026-12-02).
     */
    public static final String VERSION = "2";

    private final Hashtagger hashtagger = new Hashtagger();
    private final Categorizer categorizer = new Categorizer();

    public Tagging tag(Article a) {
        Optional<Category> hinted = SectionHints.of(a.categories(), a.url());
        Category category;
        if (hinted.isPresent()) {
            category = hinted.get();
            categorizer.learn(category, a.title(), a.text());
        } else {
            category = categorizer.classify(a.title(), a.text());
        }
        return new Tagging(category, hinted.isPresent(), hashtagger.tag(a.title(), a.paragraphs()));
    }

    /** The hashtags alone, for an article whose category was decided before. */
    public java.util.List<Hashtag> hashtags(Article a) {
        return hashtagger.tag(a.title(), a.paragraphs());
    }

    /** Teaches the classifier an article whose publisher named its section (e.g. from the store after a restart). */
    public void learn(Category category, String title, String text) {
        categorizer.learn(category, title, text);
    }
}
