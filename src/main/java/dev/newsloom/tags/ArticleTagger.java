package dev.newsloom.tags;

import dev.newsloom.model.Article;
import java.util.Optional;

/** Files an article under a category and names it with hashtags. Thread-safe. */
public final class ArticleTagger {
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

    /** Teaches the classifier an article whose publisher named its section (e.g. from the store after a restart). */
    public void learn(Category category, String title, String text) {
        categorizer.learn(category, title, text);
    }
}
