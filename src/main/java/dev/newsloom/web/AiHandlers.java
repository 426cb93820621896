package dev.newsloom.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.newsloom.ai.AiDocument;
import dev.newsloom.ai.AiService;
import dev.newsloom.ai.AiService.Computed;
import dev.newsloom.ai.Answer;
import dev.newsloom.ai.ArticleSummary;
import dev.newsloom.ai.Cited;
import dev.newsloom.ai.Coverage;
import dev.newsloom.ai.SourceRef;
import dev.newsloom.ai.StoryBrief;
import dev.newsloom.ai.Timeline;
import dev.newsloom.ai.WhosWho;
import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.stories.StoryEngine;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The AI features on the site: the panel on article and story pages (from the cache, or a
 * visible "Preparing…" state that the panel's script replaces when the results are ready, with
 * a page of its own for readers without JavaScript), the question box, and the JSON API.
 */
final class AiHandlers {
    static final int RELATED_FOR_ASK = 3;
    /** How long an API call or the panel's own page waits for a result before answering "preparing". */
    static final Duration WAIT = Duration.ofSeconds(8);
    static final Duration ASK_WAIT = Duration.ofSeconds(45);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** ISO-8601 in UTC, always with milliseconds ("2026-12-02T02:05:28.890Z"), where Instant's own form drops zeros. */
    static final DateTimeFormatter COMPUTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final StoryRepository stories;
    private final StoryEngine engine;
    private final AiService ai;
    private final Templates templates;
    private final Clock clock;
    private final AskLimiter limiter;

    AiHandlers(ArticleRepository articles, SourceRepository sources, StoryRepository stories, StoryEngine engine, AiService ai,
            Templates templates, Clock clock, int questionsPerMinute) {
        this.articles = articles;
        this.sources = sources;
        this.stories = stories;
        this.engine = engine;
        this.ai = ai;
        this.templates = templates;
        this.clock = clock;
        this.limiter = new AskLimiter(questionsPerMinute, clock);
    }

    void routes(RoutesConfig r) {
        r.get("/api/v1/articles/{id}/summary", ctx -> articleApi(ctx, d -> ai.summary(d)));
        r.get("/api/v1/articles/{id}/whoswho", ctx -> articleApi(ctx, d -> ai.whosWho(d.id(), false, List.of(d))));
        r.get("/api/v1/articles/{id}/ask", ctx -> ask(ctx, false, true));
        r.get("/api/v1/stories/{id}/brief", ctx -> storyApi(ctx, ai::brief));
        r.get("/api/v1/stories/{id}/whoswho", ctx -> storyApi(ctx, (id, docs) -> ai.whosWho(id, true, docs)));
        r.get("/api/v1/stories/{id}/timeline", ctx -> storyApi(ctx, ai::timeline));
        r.get("/api/v1/stories/{id}/compare", ctx -> storyApi(ctx, ai::compare));
        r.get("/api/v1/stories/{id}/ask", ctx -> ask(ctx, true, true));
        r.get("/{lang}/article/{id}/ai", ctx -> panelPage(ctx, false));
        r.get("/{lang}/story/{id}/ai", ctx -> panelPage(ctx, true));
        r.get("/{lang}/article/{id}/ask", ctx -> ask(ctx, false, false));
        r.get("/{lang}/story/{id}/ask", ctx -> ask(ctx, true, false));
    }

    // ---- the panel on pages

    /** The panel of an article page: its summary, key points and names, ready or being prepared. */
    AiViews.Panel articlePanel(Article a) {
        AiDocument doc = articleDoc(a);
        var summary = ai.summary(doc);
        var names = ai.whosWho(a.id(), false, List.of(doc));
        String base = "/" + Paths.lang(a.lang()) + "/article/" + a.id();
        AiViews.Body body = ready(summary) && ready(names) ? articleBody(summary.join(), names.join()) : null;
        String storyHref = storyIdOf(a).map(id -> StoryHandlers.path(Paths.lang(a.lang()), id)).orElse(null);
        return new AiViews.Panel(false, a.id(), base + "/ai?part=body", base + "/ai", base + "/ask", body, storyHref);
    }

    /** The panel of a story page: brief, what is new, names, timeline and compare coverage. */
    AiViews.Panel storyPanel(String storyId, List<Article> members) {
        List<AiDocument> docs = storyDocs(members);
        String lang = Paths.lang(members.get(0).lang());
        String base = StoryHandlers.path(lang, storyId);
        var parts = storyResults(storyId, docs);
        AiViews.Body body = parts.ready() ? storyBody(parts) : null;
        return new AiViews.Panel(true, storyId, base + "/ai?part=body", base + "/ai", base + "/ask", body, null);
    }

    private record StoryResults(CompletableFuture<Computed<StoryBrief>> brief, CompletableFuture<Computed<WhosWho>> names,
                                CompletableFuture<Computed<Timeline>> timeline, CompletableFuture<Computed<Coverage>> compare) {
        boolean ready() {
            return AiHandlers.ready(brief) && AiHandlers.ready(names) && AiHandlers.ready(timeline) && AiHandlers.ready(compare);
        }

        CompletableFuture<Void> all() {
            return CompletableFuture.allOf(brief, names, timeline, compare);
        }
    }

    private StoryResults storyResults(String storyId, List<AiDocument> docs) {
        return new StoryResults(ai.brief(storyId, docs), ai.whosWho(storyId, true, docs), ai.timeline(storyId, docs), ai.compare(storyId, docs));
    }

    /** The panel as a page of its own, or (?part=body) its content for the panel's script: 202 while being prepared. */
    private void panelPage(Context ctx, boolean story) throws Exception {
        boolean fragment = "body".equals(ctx.queryParam("part"));
        AiViews.Panel panel;
        String title, back, backLabel;
        CompletableFuture<?> pending;
        if (story) {
            Optional<String> id = storyId(ctx);
            if (id.isEmpty()) return;
            List<Article> members = stories.articles(id.get());
            StoryResults parts = storyResults(id.get(), storyDocs(members));
            pending = parts.all();
            if (!fragment) awaitQuietly(pending, WAIT);
            panel = storyPanel(id.get(), members);
            title = "AI features: " + engine.story(id.get()).map(s -> s.title()).orElse(members.get(0).title());
            back = StoryHandlers.path(Paths.lang(members.get(0).lang()), id.get());
            backLabel = "Back to the full coverage";
        } else {
            Optional<Article> a = article(ctx, false);
            if (a.isEmpty()) return;
            AiDocument doc = articleDoc(a.get());
            pending = CompletableFuture.allOf(ai.summary(doc), ai.whosWho(doc.id(), false, List.of(doc)));
            if (!fragment) awaitQuietly(pending, WAIT);
            panel = articlePanel(a.get());
            title = "AI features: " + a.get().title();
            back = Paths.article(a.get());
            backLabel = "Back to the article";
        }
        if (pending.isCompletedExceptionally()) {
            ctx.status(503).header("Retry-After", "10");
            ctx.html(fragment ? "<p class=\"ai-status\">The AI features could not be prepared right now.</p>"
                    : templates.render("error.jte", "message", "The AI features could not be prepared right now; please try again later."));
            return;
        }
        if (fragment) {
            if (panel.body() == null) {
                ctx.status(202).header("Retry-After", "1").html("<p class=\"ai-status\">" + panel.pendingMessage() + "</p>");
            } else {
                ctx.html(templates.render("partials/aibody.jte", "body", panel.body()));
            }
            return;
        }
        ctx.html(templates.render("ai.jte", "page", new AiViews.AiPage(title, back, backLabel, panel, panel.body() == null)));
    }

    // ---- questions

    private void ask(Context ctx, boolean story, boolean api) throws Exception {
        boolean fragment = "answer".equals(ctx.queryParam("part"));
        List<AiDocument> docs;
        List<AiDocument> related;
        AiViews.Panel panel;
        String title, back, backLabel;
        String subjectKey, subjectId, asked;
        if (story) {
            Optional<String> id = storyId(ctx, api);
            if (id.isEmpty()) return;
            List<Article> members = stories.articles(id.get());
            docs = storyDocs(members);
            related = related(docs.get(0).id());
            panel = api ? null : storyPanel(id.get(), members);
            title = "Question about: " + engine.story(id.get()).map(s -> s.title()).orElse(members.get(0).title());
            back = StoryHandlers.path(Paths.lang(members.get(0).lang()), id.get());
            backLabel = "Back to the full coverage";
            subjectKey = "story";
            subjectId = id.get();
            asked = "this story's own articles";
        } else {
            Optional<Article> a = article(ctx, api);
            if (a.isEmpty()) return;
            docs = askDocs(a.get());
            related = related(a.get().id());
            panel = api ? null : articlePanel(a.get());
            title = "Question about: " + a.get().title();
            back = Paths.article(a.get());
            backLabel = "Back to the article";
            subjectKey = "article";
            subjectId = a.get().id();
            asked = docs.size() > 1 ? "this article and the rest of its story" : "this article";
        }
        String q = ctx.queryParam("q");
        String problem = questionProblem(q);
        if (problem != null) {
            answerResponse(ctx, api, fragment, 400, problem, null, title, back, backLabel, panel, subjectKey, subjectId, q, asked);
            return;
        }
        long wait = limiter.acquire(client(ctx));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            answerResponse(ctx, api, fragment, 429, "You have asked many questions in a short time; please wait " + wait
                    + (wait == 1 ? " second." : " seconds."), null, title, back, backLabel, panel, subjectKey, subjectId, q, asked);
            return;
        }
        Computed<Answer> answer;
        try {
            answer = ai.ask(docs, related, q).get(ASK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            boolean busy = e instanceof ExecutionException && e.getCause() instanceof RejectedExecutionException;
            ctx.header("Retry-After", "10");
            answerResponse(ctx, api, fragment, 503, busy ? "Many questions are being answered right now; please ask again in a moment."
                    : "The question could not be answered in time; please try again.", null, title, back, backLabel, panel, subjectKey, subjectId, q, asked);
            return;
        }
        answerResponse(ctx, api, fragment, 200, null, answer, title, back, backLabel, panel, subjectKey, subjectId, q, asked);
    }

    /** Characters as a reader counts them: code points, so an emoji is one, not two UTF-16 units. */
    static final int MAX_QUESTION_CHARS = 300;

    /** Why a question cannot be asked, or null; its length is counted as it will be asked, a run of spaces as one. */
    static String questionProblem(String q) {
        if (q == null || q.isBlank()) return "Ask a question, up to " + MAX_QUESTION_CHARS + " characters.";
        String asked = q.strip().replaceAll("\\s+", " ");
        int chars = asked.codePointCount(0, asked.length());
        return chars > MAX_QUESTION_CHARS ? "That question is " + chars + " characters long, more than " + MAX_QUESTION_CHARS
                + "; please shorten it." : null;
    }

    private void answerResponse(Context ctx, boolean api, boolean fragment, int status, String problem, Computed<Answer> answer,
            String title, String back, String backLabel, AiViews.Panel panel, String subjectKey, String subjectId, String q, String asked) throws Exception {
        ctx.status(status);
        if (api) {
            ObjectNode out = JSON.createObjectNode();
            if (problem != null) {
                out.put("error", problem);
            } else {
                Answer a = answer.value();
                out.put("status", "ready").put(subjectKey, subjectId).put("question", a.question()).put("answered", a.answered());
                if (!a.answered()) out.put("message", Answer.NO_ANSWER);
                out.put("from_related", a.fromRelated());
                if (a.fromRelated()) out.put("message", fromRelated(asked));
                out.set("quotes", JSON.valueToTree(a.quotes()));
                out.set("condensed", a.condensed() == null ? null : JSON.valueToTree(a.condensed()));
                out.set("sources", sourcesJson(a.sources()));
                out.put("engine", answer.engine()).put("note", answer.note());
            }
            json(ctx, out);
            return;
        }
        AiViews.AnswerView view = problem != null
                ? new AiViews.AnswerView(q == null ? "" : q, false, problem, List.of(), null, List.of(), null, FROM_COVERAGE, false)
                : answerView(answer, asked);
        if (fragment) {
            ctx.html(templates.render("partials/aianswer.jte", "answer", view));
        } else {
            ctx.html(templates.render("ask.jte", "page", new AiViews.AskPage(title, back, backLabel, panel, view)));
        }
    }

    // ---- the JSON API

    private void articleApi(Context ctx, Function<AiDocument, CompletableFuture<? extends Computed<?>>> feature) throws Exception {
        Optional<Article> a = article(ctx, true);
        if (a.isEmpty()) return;
        respond(ctx, feature.apply(articleDoc(a.get())), "article", a.get().id());
    }

    @FunctionalInterface
    private interface StoryFeature {
        CompletableFuture<? extends Computed<?>> apply(String storyId, List<AiDocument> docs);
    }

    private void storyApi(Context ctx, StoryFeature feature) throws Exception {
        Optional<String> id = storyId(ctx, true);
        if (id.isEmpty()) return;
        respond(ctx, feature.apply(id.get(), storyDocs(stories.articles(id.get()))), "story", id.get());
    }

    private void respond(Context ctx, CompletableFuture<? extends Computed<?>> future, String subjectKey, String subjectId) throws Exception {
        Computed<?> c;
        try {
            c = future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            ctx.status(202).header("Retry-After", "2");
            json(ctx, JSON.createObjectNode().put("status", "preparing").put(subjectKey, subjectId).put("retry_after_seconds", 2));
            return;
        } catch (ExecutionException e) {
            ctx.status(503).header("Retry-After", "10");
            json(ctx, JSON.createObjectNode().put("error", "the result could not be computed right now; try again later"));
            return;
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("status", "ready").put(subjectKey, subjectId).put("engine", c.engine()).put("note", c.note());
        out.put("computed_at", COMPUTED_AT.format(c.computedAt()));
        ObjectNode value = JSON.valueToTree(c.value());
        value.remove("sources");
        out.setAll(value);
        out.set("sources", sourcesJson(sourcesOf(c.value())));
        json(ctx, out);
    }

    private static List<SourceRef> sourcesOf(Object value) {
        return switch (value) {
            case ArticleSummary s -> s.sources();
            case StoryBrief b -> b.sources();
            case WhosWho w -> w.sources();
            case Timeline t -> t.sources();
            case Coverage c -> c.sources();
            default -> List.of();
        };
    }

    private ArrayNode sourcesJson(List<SourceRef> refs) {
        ArrayNode out = JSON.createArrayNode();
        for (SourceRef r : refs) {
            ObjectNode n = JSON.valueToTree(r);
            n.put("href", href(r));
            out.add(n);
        }
        return out;
    }

    private static void json(Context ctx, JsonNode body) throws Exception {
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
    }

    // ---- views

    private AiViews.Body articleBody(Computed<ArticleSummary> s, Computed<WhosWho> w) {
        Numbering n = new Numbering();
        ArticleSummary sum = s.value();
        List<AiViews.Line> summary = n.lines(sum.summary(), sum.sources());
        List<AiViews.Line> keys = n.lines(sum.keyPoints(), sum.sources());
        WhosWho names = w.value();
        return new AiViews.Body(false, summary, keys, sum.excerptOnly(), List.of(), null, null, List.of(), false,
                n.entities(names.people(), names.sources()), n.entities(names.organisations(), names.sources()),
                n.entities(names.places(), names.sources()), List.of(), List.of(), List.of(), 1, engine(s), n.all());
    }

    private AiViews.Body storyBody(StoryResults parts) {
        Numbering n = new Numbering();
        StoryBrief b = parts.brief().join().value();
        List<AiViews.Line> brief = n.lines(b.brief(), b.sources());
        String since = null, by = null;
        List<AiViews.Line> news = List.of();
        if (b.whatsNew() != null) {
            since = RelativeTime.absolute(b.whatsNew().since());
            by = String.join(", ", b.whatsNew().reportedBy());
            news = n.lines(b.whatsNew().sentences(), b.sources());
        }
        WhosWho w = parts.names().join().value();
        Timeline t = parts.timeline().join().value();
        List<AiViews.Dated> timeline = new ArrayList<>();
        for (Timeline.Entry e : t.entries()) {
            String label = switch (e.precision()) {
                case "minute" -> RelativeTime.absolute(e.when());
                case "month" -> MONTH.format(e.when());
                case "year" -> YEAR.format(e.when());
                default -> DAY.format(e.when());
            };
            timeline.add(new AiViews.Dated(e.when().toString(), label, e.kind(), e.upcoming(), e.reportedBy(), n.line(e.text(), t.sources())));
        }
        Coverage c = parts.compare().join().value();
        List<AiViews.Claim> only = new ArrayList<>();
        for (Coverage.Claim claim : c.onlySome()) only.add(n.claim(claim, c.sources()));
        List<List<AiViews.Claim>> differences = new ArrayList<>();
        for (Coverage.Difference d : c.differences()) differences.add(d.versions().stream().map(v -> n.claim(v, c.sources())).toList());
        return new AiViews.Body(true, List.of(), List.of(), false, brief, since, by, news, b.whatsNew() != null,
                n.entities(w.people(), w.sources()), n.entities(w.organisations(), w.sources()), n.entities(w.places(), w.sources()),
                timeline, only, differences, b.sourceCount(), engine(parts.brief().join()), n.all());
    }

    /** @param asked what the question was asked of, as the reader knows it: "this story's own articles" */
    private AiViews.AnswerView answerView(Computed<Answer> c, String asked) {
        Answer a = c.value();
        Numbering n = new Numbering();
        List<AiViews.Line> quotes = n.lines(a.quotes(), a.sources());
        List<AiViews.Line> condensed = a.condensed() == null ? null : n.lines(a.condensed(), a.sources());
        return new AiViews.AnswerView(a.question(), a.answered(), a.answered() ? null : Answer.NO_ANSWER, quotes, condensed, n.all(), engine(c),
                a.fromRelated() ? fromRelated(asked) : FROM_COVERAGE, a.fromRelated());
    }

    static final String FROM_COVERAGE = "From the coverage:";

    /** How an answer taken from related coverage is introduced: it may be about another event. */
    static String fromRelated(String asked) {
        return "Not answered by " + asked + ". From related coverage (other stories, which may be about another event):";
    }

    private AiViews.Engine engine(Computed<?> c) {
        if (c.engine().startsWith("generative:")) {
            return new AiViews.Engine("Written by " + c.engine().substring("generative:".length())
                    + " from sentences quoted from the articles, each citation checked against its source.", null);
        }
        return new AiViews.Engine("Every sentence is quoted from the articles, chosen by Newsloom's own engine; no text is made up.", c.note());
    }

    /** One numbering of the sources across the panel's parts, in the order they are first cited. */
    private final class Numbering {
        private final Map<String, AiViews.Source> byArticle = new LinkedHashMap<>();

        AiViews.Source source(SourceRef r) {
            return byArticle.computeIfAbsent(r.articleId(), k -> new AiViews.Source(byArticle.size() + 1, href(r), r.source(), r.title(),
                    r.published() == null ? "" : RelativeTime.format(r.published(), clock.instant())));
        }

        AiViews.Line line(Cited c, List<SourceRef> refs) {
            List<AiViews.Source> cites = new ArrayList<>();
            for (int k : c.cites()) if (k >= 1 && k <= refs.size()) cites.add(source(refs.get(k - 1)));
            return new AiViews.Line(c.text(), cites);
        }

        List<AiViews.Line> lines(List<Cited> cs, List<SourceRef> refs) {
            return cs.stream().map(c -> line(c, refs)).toList();
        }

        List<AiViews.Entity> entities(List<WhosWho.Entry> es, List<SourceRef> refs) {
            return es.stream().map(e -> new AiViews.Entity(e.name(), e.articles(), line(e.about(), refs))).toList();
        }

        AiViews.Claim claim(Coverage.Claim c, List<SourceRef> refs) {
            String who = c.notReportedBy().size() < c.reportedBy().size() && !c.notReportedBy().isEmpty()
                    ? "All but " + names(c.notReportedBy()) : "Only " + names(c.reportedBy());
            return new AiViews.Claim(line(c.text(), refs), names(c.reportedBy()), names(c.notReportedBy()), who);
        }

        List<AiViews.Source> all() {
            return List.copyOf(byArticle.values());
        }
    }

    private static String names(List<String> names) {
        if (names.size() <= 1) return String.join("", names);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String href(SourceRef r) {
        return "/" + Paths.lang(r.lang()) + "/article/" + r.articleId();
    }

    // ---- the articles the features read

    private AiDocument articleDoc(Article a) {
        Map<Long, String> names = sourceNames();
        List<String> copiedBy = new ArrayList<>();
        for (Article c : stories.copiesOf(a.id())) {
            String n = names.getOrDefault(c.sourceId(), "");
            if (!n.isEmpty() && !copiedBy.contains(n)) copiedBy.add(n);
        }
        return AiDocument.of(a, names.getOrDefault(a.sourceId(), "Unknown source"), copiedBy);
    }

    /** A story's originals, earliest first; each copy's publisher is listed on the original it copies. */
    private List<AiDocument> storyDocs(List<Article> members) {
        Map<Long, String> names = sourceNames();
        Set<String> present = new HashSet<>();
        for (Article a : members) present.add(a.id());
        Map<String, String> copyOf = stories.duplicatesOf(present);
        Map<String, List<String>> copiedBy = new HashMap<>();
        for (Article a : members) {
            String original = copyOf.get(a.id());
            if (original != null && present.contains(original)) {
                String n = names.getOrDefault(a.sourceId(), "");
                List<String> list = copiedBy.computeIfAbsent(original, k -> new ArrayList<>());
                if (!n.isEmpty() && !list.contains(n)) list.add(n);
            }
        }
        List<AiDocument> docs = new ArrayList<>();
        for (Article a : members) {
            String original = copyOf.get(a.id());
            if (original != null && present.contains(original)) continue;
            docs.add(AiDocument.of(a, names.getOrDefault(a.sourceId(), "Unknown source"), copiedBy.getOrDefault(a.id(), List.of())));
        }
        docs.sort(Comparator.comparing(AiDocument::published, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(AiDocument::id));
        return docs;
    }

    /** An article's question is answered from its whole story when it has one, else from the article. */
    private List<AiDocument> askDocs(Article a) {
        Optional<String> story = storyIdOf(a);
        if (story.isPresent()) {
            List<Article> members = stories.articles(story.get());
            if (members.size() >= 2) return storyDocs(members);
        }
        return List.of(articleDoc(a));
    }

    private Optional<String> storyIdOf(Article a) {
        return engine.storyOf(a.id()).flatMap(engine::story).filter(s -> s.articles().size() >= 2).map(s -> s.id());
    }

    private List<AiDocument> related(String articleId) {
        Map<Long, String> names = sourceNames();
        List<AiDocument> out = new ArrayList<>();
        for (StoryEngine.Related r : engine.related(articleId, RELATED_FOR_ASK)) {
            articles.find(r.articleId()).ifPresent(o -> out.add(AiDocument.of(o, names.getOrDefault(o.sourceId(), ""), List.of())));
        }
        return out;
    }

    private Map<Long, String> sourceNames() {
        Map<Long, String> out = new HashMap<>();
        for (Source s : sources.all()) out.put(s.id(), s.name());
        return out;
    }

    // ---- finding the subject, or answering 404

    private Optional<Article> article(Context ctx, boolean api) throws Exception {
        String id = ctx.pathParam("id");
        Optional<Article> a = ArticleId.isValid(id) ? articles.find(id) : Optional.empty();
        if (a.isEmpty()) notFound(ctx, api, "no article with id " + id, "There is no article with this address; it may have expired.");
        return a;
    }

    private Optional<String> storyId(Context ctx) throws Exception {
        return storyId(ctx, false);
    }

    /** The story's current id; a story folded into another redirects there. */
    private Optional<String> storyId(Context ctx, boolean api) throws Exception {
        String requested = ctx.pathParam("id");
        String id = ArticleId.isValid(requested) ? stories.resolve(requested) : null;
        if (id == null || stories.articles(id).isEmpty()) {
            notFound(ctx, api, "no story with id " + requested, "There is no story with this address; it may have expired.");
            return Optional.empty();
        }
        if (!id.equals(requested)) {
            String path = ctx.path().replace(requested, id);
            String query = ctx.queryString();
            ctx.redirect(path + (query == null ? "" : "?" + query), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private void notFound(Context ctx, boolean api, String apiMessage, String pageMessage) throws Exception {
        ctx.status(404);
        if (api) json(ctx, JSON.createObjectNode().put("error", apiMessage));
        else ctx.html(templates.render("error.jte", "message", pageMessage));
    }

    /** The same client address as sign-in throttling: behind a trusted proxy, the reader's own. */
    private static String client(Context ctx) {
        return ClientAddress.of(ctx);
    }

    private static void awaitQuietly(CompletableFuture<?> f, Duration wait) {
        try {
            f.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // shown as "preparing" or as a failure by the caller
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Computed and not failed: a result that could not be computed (a full queue) shows as still being prepared. */
    private static boolean ready(CompletableFuture<?> f) {
        return f.isDone() && !f.isCompletedExceptionally();
    }
}
