package dev.newsloom.store;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import java.time.Instant;
import java.util.List;

/** Articles for the repository tests, made in one place. */
final class StoreFixtures {
    private StoreFixtures() {}

    static Article article(long sourceId, String url, String title, Instant published) {
        return new Article(ArticleId.fromUrl(url), sourceId, url, title, null, published, published, "en", null, null, null,
                "Text of " + title + ".", false, List.of());
    }
}
