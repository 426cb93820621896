package dev.newsloom.search;

import dev.newsloom.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded full-text index of articles. The store is the truth; this index can always be
 * rebuilt from it ({@code newsloom reindex}). Searches see writes at once (near-real-time
 * readers); commits, which make writes survive a crash, happen at most every few seconds.
 */
public final class ArticleIndex implements AutoCloseable {
    static final String ID = "id", TITLE = "title", TEXT = "text", SOURCE = "source", LANG = "lang", TIME = "time",
            CATEGORY = "category", TAG = "tag", TAG_TEXT = "tags";
    private static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final FSDirectory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long lastCommit = System.nanoTime();

    private ArticleIndex(Path dir) throws IOException {
        Files.createDirectories(dir);
        directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
    }

    public static ArticleIndex open(Path dir) {
        try {
            return new ArticleIndex(dir);
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
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, a.title(), Field.Store.NO));
        doc.add(new TextField(TEXT, a.text(), Field.Store.NO));
        doc.add(new TextField(SOURCE, sourceName == null ? "" : sourceName, Field.Store.NO));
        if (a.lang() != null) doc.add(new StringField(LANG, a.lang(), Field.Store.NO));
        if (category != null) doc.add(new StringField(CATEGORY, category, Field.Store.NO));
        for (String t : tags) {
            doc.add(new StringField(TAG, t.toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
            doc.add(new TextField(TAG_TEXT, t + " " + splitCamel(t), Field.Store.NO));
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

    public void clear() {
        io(writer::deleteAll);
        commit();
    }

    /** Makes every write so far durable and visible. */
    public void commit() {
        io(() -> {
            writer.commit();
            searchers.maybeRefresh();
        });
        lastCommit = System.nanoTime();
    }

    public int count() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /**
     * Ranks articles for a user's query over title (boosted), text and source name.
     *
     * @throws IllegalArgumentException when the query is not valid query syntax
     */
    public List<SearchHit> search(String userQuery, int limit) {
        if (userQuery == null || userQuery.isBlank()) return List.of();
        Query query = parse(userQuery);
        return withSearcher(s -> {
            TopDocs top = s.search(query, Math.max(1, limit));
            List<SearchHit> hits = new ArrayList<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) hits.add(new SearchHit(stored.document(sd.doc).get(ID), sd.score));
            return hits;
        });
    }

    private Query parse(String userQuery) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT, SOURCE, TAG_TEXT}, analyzer,
                Map.of(TITLE, 2.0f, TEXT, 1.0f, SOURCE, 0.5f, TAG_TEXT, 1.5f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(userQuery);
        } catch (ParseException | RuntimeException e) {
            try {
                return parser.parse(QueryParser.escape(userQuery).toLowerCase(java.util.Locale.ROOT));
            } catch (ParseException | RuntimeException again) {
                throw new IllegalArgumentException("cannot understand the query: " + userQuery, again);
            }
        }
    }

    /** "DmitryPeskov" → "Dmitry Peskov", so the words of a tag are searchable. */
    static String splitCamel(String tag) {
        return tag.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
    }

    private interface SearcherWork<R> {
        R apply(IndexSearcher searcher) throws IOException;
    }

    private <R> R withSearcher(SearcherWork<R> work) {
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
