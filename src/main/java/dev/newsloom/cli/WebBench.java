package dev.newsloom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsloom.demo.Newsroom;
import dev.newsloom.demo.NewsroomOptions;
import dev.newsloom.demo.NewsroomServer;
import dev.newsloom.ingest.FetcherConfig;
import dev.newsloom.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast the site answers: the demo newsroom is ingested through the real pipeline into a scratch
 * store, then the site is asked for each kind of page by {@code clients} concurrent clients over
 * loopback for a while; latency percentiles and requests per second per kind. The addresses are
 * found the way a client finds them, through the API.
 */
final class WebBench {
    record Row(String kind, int addresses, long requests, double perSecond, double p50, double p95, double p99, double max, long errors) {}

    record Result(long articles, int stories, double ingestSeconds, List<Row> rows) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebBench() {}

    static Result run(Path dataDir, long seed, int count, int clients, Duration perKind) throws Exception {
        Newsroom world = new Newsroom(seed, count);
        NewsroomOptions options = new NewsroomOptions(0, Duration.ofDays(365L * 200), null, Clock.systemUTC(), count);
        try (NewsroomServer newsroom = NewsroomServer.start(world, options); Application app = Application.open(dataDir)) {
            DemoSources.subscribe(app.sources(), newsroom);
            long start = System.nanoTime();
            IngestionBench.refreshUntilNothingNew(app, app.prepareIngestion(FetcherConfig.defaults(), Duration.ofHours(1)));
            double ingest = (System.nanoTime() - start) / 1e9;
            WebServer web = app.startWeb("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + web.port();
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                Map<String, List<String>> kinds = addresses(client, base);
                List<Row> rows = new ArrayList<>();
                for (var e : kinds.entrySet()) rows.add(measure(base, e.getKey(), e.getValue(), clients, perKind));
                return new Result(app.articles().count(), app.stories().storyCount(), ingest, rows);
            } finally {
                web.close();
            }
        }
    }

    private static Map<String, List<String>> addresses(HttpClient client, String base) throws Exception {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        JsonNode latest = get(client, base + "/api/v1/articles?limit=50").get("articles");
        List<String> articles = new ArrayList<>(), hashtags = new ArrayList<>(), related = new ArrayList<>(), apiArticles = new ArrayList<>();
        for (JsonNode a : latest) {
            articles.add(a.get("href").asText());
            apiArticles.add("/api/v1/articles/" + a.get("id").asText());
            related.add("/api/v1/articles/" + a.get("id").asText() + "/related");
            for (JsonNode t : a.get("hashtags")) if (hashtags.size() < 30 && !hashtags.contains(t.get("href").asText())) hashtags.add(t.get("href").asText());
        }
        List<String> stories = new ArrayList<>(), apiStories = new ArrayList<>();
        for (JsonNode s : get(client, base + "/api/v1/stories?limit=20").get("stories")) {
            stories.add(s.get("href").asText());
            apiStories.add("/api/v1/stories/" + s.get("id").asText());
        }
        List<String> searches = new ArrayList<>();
        for (String q : List.of("strike", "election", "bees", "earthquake", "summit", "outbreak", "data breach", "mayor", "union", "flood"))
            searches.add("/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        kinds.put("home page /", List.of("/"));
        kinds.put("article page", articles);
        kinds.put("story page", stories);
        kinds.put("hashtag page", hashtags);
        kinds.put("category page", List.of("/en/category/world", "/en/category/business", "/en/category/science", "/en/category/sports"));
        kinds.put("search page", searches);
        kinds.put("feed /feed.atom", List.of("/feed.atom"));
        kinds.put("API articles/{id}", apiArticles);
        kinds.put("API related", related);
        kinds.put("API stories/{id}", apiStories);
        return kinds;
    }

    private static JsonNode get(HttpClient client, String url) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode());
        return JSON.readTree(r.body());
    }

    private static Row measure(String base, String kind, List<String> paths, int clients, Duration forHowLong) throws Exception {
        HttpClient warm = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int round = 0; round < 3; round++)
            for (String p : paths) warm.send(HttpRequest.newBuilder(URI.create(base + p)).build(), HttpResponse.BodyHandlers.discarding());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long until = System.nanoTime() + forHowLong.toNanos();
        long started = System.nanoTime();
        List<Future<long[]>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            done.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                long[] times = new long[1024];
                int n = 0;
                long errors = 0;
                for (int i = offset; System.nanoTime() < until; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size()))).build(),
                            HttpResponse.BodyHandlers.discarding());
                    long took = System.nanoTime() - t0;
                    if (r.statusCode() != 200) errors++;
                    if (n + 1 >= times.length) times = Arrays.copyOf(times, times.length * 2);
                    times[n++] = took;
                }
                long[] out = Arrays.copyOf(times, n + 1);
                out[n] = errors; // the last slot carries the error count
                return out;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> f : done) {
            long[] t = f.get();
            for (int i = 0; i < t.length - 1; i++) all.add(t[i]);
            errors += t[t.length - 1];
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Row(kind, paths.size(), sorted.length, sorted.length / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, errors);
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
