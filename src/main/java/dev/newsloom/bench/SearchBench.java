package dev.newsloom.bench;

import dev.newsloom.demo.DemoArticle;
import dev.newsloom.demo.Newsroom;
import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.search.ArticleIndex;
import dev.newsloom.search.SearchQuery;
import dev.newsloom.tags.Hashtag;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Indexing throughput and query latency of the Lucene index over the demo newsroom's articles.
 * Corpora larger than the generated world reuse its articles under new URLs (copy {@code k} of
 * article {@code i}), which keeps the vocabulary realistic while the index grows.
 */
public final class SearchBench {
    public record Result(int articles, double indexSeconds, double articlesPerSecond, int queries, double p50Millis,
            double p99Millis, double meanHits, String slowest, double slowestMillis, long slowestHits) {}

    private SearchBench() {}

    public static Result run(Path dir, long seed, int count, int queries, int worldSize, boolean semantic) {
        Newsroom newsroom = new Newsroom(seed, Math.min(count, worldSize));
        List<DemoArticle> world = newsroom.articles();
        Random random = new Random(seed);
        try (ArticleIndex index = ArticleIndex.open(dir, semantic ? new dev.newsloom.embed.SentenceEmbedder() : null)) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                DemoArticle d = world.get(i % world.size());
                int copy = i / world.size();
                String url = "http://newsroom.test" + d.path() + (copy == 0 ? "" : "?copy=" + copy);
                Instant when = d.published().plusSeconds(copy * 60L);
                Article a = new Article(ArticleId.fromUrl(url), 1 + Math.abs(d.publisherSlug().hashCode() % 9), url, d.title(),
                        d.byline(), when, when, d.lang(), null, d.caption(), d.credit(), d.text(), d.excerptOnly(), List.of());
                index.upsert(a, d.publisherSlug(), d.category().toLowerCase(), d.tags().stream().map(Hashtag::tagOf).toList());
            }
            index.commit();
            double indexSeconds = (System.nanoTime() - start) / 1e9;

            List<SearchQuery> mix = queryMix(world, random, queries);
            for (int i = 0; i < Math.min(200, mix.size()); i++) index.search(mix.get(i)); // warm-up
            double[] millis = new double[mix.size()];
            long hits = 0;
            int slowest = 0;
            long slowestHits = 0;
            for (int i = 0; i < mix.size(); i++) {
                long t = System.nanoTime();
                long found = index.search(mix.get(i)).total();
                hits += found;
                millis[i] = (System.nanoTime() - t) / 1e6;
                if (millis[i] > millis[slowest]) {
                    slowest = i;
                    slowestHits = found;
                }
            }
            SearchQuery worst = mix.get(slowest);
            double worstMillis = millis[slowest];
            Arrays.sort(millis);
            return new Result(count, indexSeconds, count / indexSeconds, mix.size(), percentile(millis, 0.50),
                    percentile(millis, 0.99), (double) hits / mix.size(), describe(worst), worstMillis, slowestHits);
        }
    }

    /** What readers type: one or two title words, an entity name as a phrase, a word within a category, newest first. */
    static List<SearchQuery> queryMix(List<DemoArticle> world, Random random, int n) {
        List<SearchQuery> out = new ArrayList<>();
        while (out.size() < n) {
            DemoArticle a = world.get(random.nextInt(world.size()));
            String[] words = a.title().replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split("\\s+");
            String w1 = words[random.nextInt(words.length)], w2 = words[random.nextInt(words.length)];
            switch (out.size() % 4) {
                case 0 -> out.add(SearchQuery.of(w1, 20));
                case 1 -> out.add(SearchQuery.of(w1 + " " + w2, 20));
                case 2 -> out.add(SearchQuery.of(a.tags().isEmpty() ? w1 : "\"" + a.tags().get(0) + "\"", 20));
                default -> out.add(new SearchQuery(w1, null, null, a.category().toLowerCase(), null, null, null,
                        SearchQuery.Sort.NEWEST, 0, 20));
            }
        }
        return out;
    }

    private static String describe(SearchQuery q) {
        return q.text() + (q.category() == null ? "" : " in " + q.category()) + (q.sort() == SearchQuery.Sort.NEWEST ? ", newest" : "");
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
