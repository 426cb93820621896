package dev.newsloom.search;

import dev.newsloom.embed.SentenceEmbedder;
import dev.newsloom.model.Article;
import dev.newsloom.model.SiteLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded full-text index of articles (BM25). The store is the truth; this index can always
 * be rebuilt from it ({@code newsloom reindex}). Searches see writes at once (near-real-time
 * readers); commits, which make writes survive a crash, happen at most every few seconds.
 */
public final class ArticleIndex implements AutoCloseable {
    static final String ID = "id", TITLE = "title", TEXT = "text", SOURCE = "source", SOURCE_ID = "source_id",
            LANG = "lang", TIME = "time", CATEGORY = "category", TAG = "tag", TAG_TEXT = "tags", TITLE_STORED = "title_stored",
            VECTOR = "vector";
    /** Below this cosine similarity a result found only by meaning is not shown. */
    static final float MIN_SEMANTIC_COSINE = 0.45f;
    /** Reciprocal-rank fusion constant (Cormack et al.): damps the weight of the very first ranks. */
    static final int RRF_K = 60;
    private static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int SNIPPET_CHARS = 240;

    private final FSDirectory directory;
    private final Analyzer analyzer = Analyzers.create();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetCounter facets = new FacetCounter(List.of(SOURCE_ID, CATEGORY, TAG));
    private final String[] searchFields;
    private final Map<String, Float> boosts = new HashMap<>();
    private final String[] textFields;
    private final SentenceEmbedder embedder;
    private final SearchObserver observer;
    private volatile long lastCommit = System.nanoTime();

    private ArticleIndex(Path dir, SentenceEmbedder embedder, SearchObserver observer) throws IOException {
        this.embedder = embedder;
        this.observer = observer;
        Files.createDirectories(dir);
        directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
        List<String> fields = new ArrayList<>(List.of(TITLE, TEXT, SOURCE, TAG_TEXT));
        List<String> texts = new ArrayList<>(List.of(TEXT));
        boosts.putAll(Map.of(TITLE, 2.0f, TEXT, 1.0f, SOURCE, 0.5f, TAG_TEXT, 1.5f));
        for (String lang : Analyzers.LANGUAGES) {
            fields.add(TITLE + "_" + lang);
            fields.add(TEXT + "_" + lang);
            texts.add(TEXT + "_" + lang);
            boosts.put(TITLE + "_" + lang, 2.0f);
            boosts.put(TEXT + "_" + lang, 1.0f);
        }
        searchFields = fields.toArray(String[]::new);
        textFields = texts.toArray(String[]::new);
    }

    public static ArticleIndex open(Path dir) {
        return open(dir, null);
    }

    /**
     * @param embedder when given, articles also get a sentence embedding of their title and lead,
     *                 and searches blend meaning with words (so "truce" finds "ceasefire")
     */
    public static ArticleIndex open(Path dir, SentenceEmbedder embedder) {
        return open(dir, embedder, SearchObserver.NONE);
    }

    /** @param observer told of every search and suggestion the index answers, with its time */
    public static ArticleIndex open(Path dir, SentenceEmbedder embedder, SearchObserver observer) {
        try {
            return new ArticleIndex(dir, embedder, observer);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IllegalStateException("the search index at " + dir + " is in use by another Newsloom process"
                    + " (a running serve or demo); stop it first, or use a different --data-dir", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + dir + ": " + e.getMessage(), e);
        }
    }

    public void upsert(Article a, String sourceName) {
        upsert(a, sourceName, null, List.of());
    }

    /**
     * @param category a category slug, or null
     * @param tags     hashtags (their tag text, any case)
     */
    public void upsert(Article a, String sourceName, String category, List<String> tags) {
        upsert(a, sourceName, category, tags, null);
    }

    /** @param vector the article's sentence embedding when the caller has it already, else null */
    public void upsert(Article a, String sourceName, String category, List<String> tags, float[] vector) {
        String suffix = Analyzers.suffix(a.lang());
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        doc.add(new TextField(TITLE + suffix, a.title(), Field.Store.NO));
        doc.add(new StoredField(TITLE_STORED, a.title()));
        doc.add(new TextField(TEXT + suffix, a.text(), Field.Store.YES)); // stored for snippets
        doc.add(new TextField(SOURCE, sourceName == null ? "" : sourceName, Field.Store.NO));
        doc.add(new StringField(SOURCE_ID, Long.toString(a.sourceId()), Field.Store.NO));
        doc.add(new SortedSetDocValuesField(SOURCE_ID, new BytesRef(Long.toString(a.sourceId()))));
        if (a.lang() != null) doc.add(new StringField(LANG, a.lang().toLowerCase(Locale.ROOT), Field.Store.NO));
        if (category != null) {
            doc.add(new StringField(CATEGORY, category, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(CATEGORY, new BytesRef(category)));
        }
        for (String t : tags) {
            String key = t.toLowerCase(Locale.ROOT);
            doc.add(new StringField(TAG, key, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(TAG, new BytesRef(key)));
            doc.add(new TextField(TAG_TEXT, t + " " + splitCamel(t), Field.Store.NO));
        }
        if (embedder != null) {
            float[] v = vector;
            if (v == null) {
                List<String> paragraphs = a.paragraphs();
                v = embedder.embed(a.title() + ". " + (paragraphs.isEmpty() ? "" : paragraphs.get(0)));
            }
            doc.add(new KnnFloatVectorField(VECTOR, v, VectorSimilarityFunction.COSINE));
        }
        long time = a.time().toEpochMilli();
        doc.add(new LongPoint(TIME, time));
        doc.add(new NumericDocValuesField(TIME, time));
        doc.add(new StoredField(TIME, time));
        io(() -> writer.updateDocument(new Term(ID, a.id()), doc));
        maybeCommit();
    }

    public void delete(String id) {
        io(() -> writer.deleteDocuments(new Term(ID, id)));
        maybeCommit();
    }

    /** Drops every article of one source (deleted from the store by another process). */
    public void deleteSource(long sourceId) {
        io(() -> writer.deleteDocuments(new Term(SOURCE_ID, Long.toString(sourceId))));
        commit();
    }

    /** The sources at least one indexed article belongs to. */
    public java.util.Set<Long> sourceIds() {
        return withSearcher(s -> {
            java.util.Set<Long> ids = new java.util.TreeSet<>();
            org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(s.getIndexReader(), SOURCE_ID);
            if (terms == null) return ids;
            org.apache.lucene.index.TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                String id = t.utf8ToString();
                // the terms dictionary still holds deleted documents' terms until a merge: count live ones
                if (s.count(new TermQuery(new Term(SOURCE_ID, id))) > 0) {
                    try {
                        ids.add(Long.parseLong(id));
                    } catch (NumberFormatException ignored) {
                        // not written by this class
                    }
                }
            }
            return ids;
        });
    }

    public void clear() {
        io(writer::deleteAll);
        commit();
    }

    /** Makes every write so far durable and visible. */
    public void commit() {
        io(() -> {
            writer.setLiveCommitData(Map.of(ANALYSIS, Analyzers.VERSION).entrySet());
            writer.commit();
            // blocking: a refresh another thread has under way (a search, the deleted-sources sweep)
            // may have started before these writes, and maybeRefresh would return without them
            searchers.maybeRefreshBlocking();
        });
        lastCommit = System.nanoTime();
    }

    /**
     * Whether the index's terms were written by other analysis than this version's (an older
     * release): its searches would miss, so the store rebuilds it. An empty index is current.
     */
    public boolean analysedDifferently() {
        if (count() == 0) return false;
        try {
            List<org.apache.lucene.index.IndexCommit> commits = org.apache.lucene.index.DirectoryReader.listCommits(directory);
            return !Analyzers.VERSION.equals(commits.get(commits.size() - 1).getUserData().get(ANALYSIS));
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("search index unreadable: " + e.getMessage(), e);
        }
    }

    private static final String ANALYSIS = "newsloom.analysis";

    public int count() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Best matches for a user's query, without filters or facets. */
    public List<SearchHit> search(String userQuery, int limit) {
        if (userQuery == null || userQuery.isBlank()) return List.of();
        return search(SearchQuery.of(userQuery, limit)).hits();
    }

    /**
     * @throws IllegalArgumentException when the query cannot be understood even as plain words
     */
    public SearchResults search(SearchQuery q) {
        long start = System.nanoTime();
        try {
            return answer(q);
        } finally {
            observer.searched(SearchObserver.Kind.SEARCH, System.nanoTime() - start);
        }
    }

    private SearchResults answer(SearchQuery q) {
        if (q.text().isEmpty() && !q.hasFilters()) return new SearchResults(List.of(), 0, Map.of());
        Query textQuery = q.text().isEmpty() ? null : parse(q.text());
        boolean newest = q.sort() == SearchQuery.Sort.NEWEST || textQuery == null;
        boolean semantic = embedder != null && textQuery != null && !newest;
        float[] queryVector = semantic ? embedder.embed(q.text()) : null;
        return withSearcher(s -> {
            Query filters = filterQuery(q, s.getIndexReader());
            BooleanQuery.Builder full = new BooleanQuery.Builder();
            full.add(textQuery == null ? new MatchAllDocsQuery() : textQuery, BooleanClause.Occur.MUST);
            if (filters != null) full.add(filters, BooleanClause.Occur.FILTER);
            Query query = full.build();
            int n = q.offset() + q.limit(); // SearchQuery bounds both, so this cannot overflow
            ScoreDoc[] ranked;
            FacetCounter.Counts counts = facets.count(s, query);
            long total = counts.total();
            if (newest) {
                ranked = s.search(query, n, new Sort(new SortField(TIME, SortField.Type.LONG, true)), false).scoreDocs;
            } else if (!semantic) {
                ranked = s.search(query, n).scoreDocs;
            } else {
                ScoreDoc[] words = s.search(query, Math.max(n, 50)).scoreDocs;
                ScoreDoc[] meaning = s.search(new KnnFloatVectorQuery(VECTOR, queryVector, Math.max(n, 50), filters), Math.max(n, 50)).scoreDocs;
                ranked = fuse(words, meaning);
                total += ranked.length - Math.min(ranked.length, overlap(words, ranked));
            }
            ScoreDoc[] page = java.util.Arrays.copyOfRange(ranked, Math.min(q.offset(), ranked.length), Math.min(n, ranked.length));
            String[] snippets = snippets(s, textQuery, page);
            var stored = s.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                hits.add(new SearchHit(stored.document(page[i].doc).get(ID), Float.isNaN(page[i].score) ? 0 : page[i].score,
                        snippets[i]));
            }
            return new SearchResults(hits, total, counts.facets());
        });
    }

    private static Query filterQuery(SearchQuery q, IndexReader reader) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (q.sourceId() != null) {
            b.add(new TermQuery(new Term(SOURCE_ID, q.sourceId().toString())), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (q.tag() != null) {
            b.add(new TermQuery(new Term(TAG, q.tag().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (q.category() != null) {
            b.add(new TermQuery(new Term(CATEGORY, q.category())), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (q.lang() != null) {
            b.add(langFilter(q.lang(), reader), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochMilli();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochMilli();
            b.add(LongPoint.newRangeQuery(TIME, from, to), BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? b.build() : null;
    }

    /**
     * The articles the site files under {@code lang} ({@link SiteLanguage}): every stored tag with
     * that primary subtag ("en", "en-gb", "EN_us"), and for the default language also the articles
     * with no usable tag at all. Read from the index's own terms, so indexes written before this
     * rule need no rebuild.
     */
    static Query langFilter(String lang, IndexReader reader) throws IOException {
        String wanted = SiteLanguage.of(lang);
        boolean isDefault = wanted.equals(SiteLanguage.DEFAULT);
        List<BytesRef> tags = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, LANG);
        if (terms != null) {
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                if (SiteLanguage.of(t.utf8ToString()).equals(wanted)) tags.add(BytesRef.deepCopyOf(t));
            }
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (!tags.isEmpty()) any.add(new TermInSetQuery(LANG, tags), BooleanClause.Occur.SHOULD);
        if (isDefault) {
            any.add(new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                    .add(new TermRangeQuery(LANG, null, null, true, true), BooleanClause.Occur.MUST_NOT)
                    .build(), BooleanClause.Occur.SHOULD);
        }
        return tags.isEmpty() && !isDefault ? new MatchNoDocsQuery() : new ConstantScoreQuery(any.build());
    }

    /**
     * Reciprocal-rank fusion of the word ranking and the meaning ranking. Documents found only by
     * meaning must be close enough to the query to be worth showing.
     */
    static ScoreDoc[] fuse(ScoreDoc[] words, ScoreDoc[] meaning) {
        Map<Integer, Float> fused = new java.util.LinkedHashMap<>();
        for (int i = 0; i < words.length; i++) fused.merge(words[i].doc, 1f / (RRF_K + i + 1), Float::sum);
        java.util.Set<Integer> lexical = new java.util.HashSet<>();
        for (ScoreDoc d : words) lexical.add(d.doc);
        float minScore = (1 + MIN_SEMANTIC_COSINE) / 2; // Lucene's cosine score is (1 + cos) / 2
        for (int i = 0; i < meaning.length; i++) {
            if (!lexical.contains(meaning[i].doc) && meaning[i].score < minScore) continue;
            fused.merge(meaning[i].doc, 1f / (RRF_K + i + 1), Float::sum);
        }
        return fused.entrySet().stream()
                .sorted(Map.Entry.<Integer, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ScoreDoc(e.getKey(), e.getValue())).toArray(ScoreDoc[]::new);
    }

    private static int overlap(ScoreDoc[] words, ScoreDoc[] fused) {
        java.util.Set<Integer> w = new java.util.HashSet<>();
        for (ScoreDoc d : words) w.add(d.doc);
        int n = 0;
        for (ScoreDoc d : fused) if (w.contains(d.doc)) n++;
        return n;
    }

    /** Titles of articles whose title has words starting with what was typed so far, best first. */
    public List<String> suggestTitles(String typed, int limit) {
        long start = System.nanoTime();
        try {
            return suggest(typed, limit);
        } finally {
            observer.searched(SearchObserver.Kind.SUGGEST, System.nanoTime() - start);
        }
    }

    private List<String> suggest(String typed, int limit) {
        String[] words = typed == null ? new String[0] : typed.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> terms = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
        if (terms.isEmpty() || terms.get(terms.size() - 1).length() < 2) return List.of();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            boolean last = i == terms.size() - 1;
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            boolean anyClause = false;
            for (String field : titleFields()) {
                if (last) {
                    // the word being typed is matched as a prefix of the indexed (possibly stemmed) terms
                    any.add(new org.apache.lucene.search.PrefixQuery(new Term(field, terms.get(i))), BooleanClause.Occur.SHOULD);
                    anyClause = true;
                } else {
                    for (String analyzed : analyze(field, terms.get(i))) {
                        any.add(new TermQuery(new Term(field, analyzed)), BooleanClause.Occur.SHOULD);
                        anyClause = true;
                    }
                }
            }
            if (anyClause) b.add(any.build(), BooleanClause.Occur.MUST);
        }
        return withSearcher(s -> {
            TopDocs top = s.search(b.build(), limit * 3, new Sort(new SortField(TIME, SortField.Type.LONG, true)));
            var stored = s.storedFields();
            List<String> out = new ArrayList<>();
            for (ScoreDoc d : top.scoreDocs) {
                String title = stored.document(d.doc).get(TITLE_STORED);
                if (title != null && !out.contains(title)) out.add(title);
                if (out.size() == limit) break;
            }
            return out;
        });
    }

    private List<String> analyze(String field, String text) {
        List<String> out = new ArrayList<>();
        try (var ts = analyzer.tokenStream(field, text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private List<String> titleFields() {
        List<String> out = new ArrayList<>(List.of(TITLE));
        for (String lang : Analyzers.LANGUAGES) out.add(TITLE + "_" + lang);
        return out;
    }

    private String[] snippets(IndexSearcher s, Query textQuery, ScoreDoc[] page) throws IOException {
        String[] out = new String[page.length];
        if (textQuery == null || page.length == 0) return out;
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(s, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000)
                .build();
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) docIds[i] = page[i].doc;
        int[] passages = new int[textFields.length];
        java.util.Arrays.fill(passages, 1);
        Map<String, String[]> byField = highlighter.highlightFields(textFields, textQuery, docIds, passages);
        for (int i = 0; i < page.length; i++) {
            for (String f : textFields) {
                String[] values = byField.get(f);
                if (values != null && values[i] != null && values[i].contains("<mark>")) {
                    out[i] = values[i].length() > SNIPPET_CHARS * 2 ? values[i].substring(0, SNIPPET_CHARS * 2) : values[i];
                    break;
                }
            }
        }
        return out;
    }

    private Query parse(String userQuery) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(searchFields, analyzer, boosts);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(userQuery);
        } catch (ParseException | RuntimeException e) {
            try {
                return parser.parse(QueryParser.escape(userQuery).toLowerCase(Locale.ROOT));
            } catch (ParseException | RuntimeException again) {
                throw new IllegalArgumentException("cannot understand the query: " + userQuery, again);
            }
        }
    }

    /** "DmitryPeskov" → "Dmitry Peskov", so the words of a tag are searchable. */
    static String splitCamel(String tag) {
        return tag.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
    }

    interface SearcherWork<R> {
        R apply(IndexSearcher searcher) throws IOException;
    }

    <R> R withSearcher(SearcherWork<R> work) {
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index read failed: " + e.getMessage(), e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("search index write failed: " + e.getMessage(), e);
        }
    }

    private void maybeCommit() {
        if (System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) commit();
    }

    @Override
    public void close() {
        try {
            if (writer.isOpen()) writer.commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the search index failed: " + e.getMessage(), e);
        }
    }
}
