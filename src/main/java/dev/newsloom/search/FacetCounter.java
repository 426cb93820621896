package dev.newsloom.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts, over every match of a query, the values of keyword fields indexed with doc values. */
final class FacetCounter {
    static final int TOP = 20;

    private FacetCounter() {}

    static Map<String, Map<String, Integer>> count(IndexSearcher searcher, Query query, List<String> fields) throws IOException {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String f : fields) counts.put(f, new HashMap<>());
        searcher.search(query, new SimpleCollector() {
            private final SortedSetDocValues[] values = new SortedSetDocValues[fields.size()];

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                for (int i = 0; i < fields.size(); i++) values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
            }

            @Override
            public void collect(int doc) throws IOException {
                for (int i = 0; i < fields.size(); i++) {
                    SortedSetDocValues v = values[i];
                    if (!v.advanceExact(doc)) continue;
                    Map<String, Integer> c = counts.get(fields.get(i));
                    for (int k = 0; k < v.docValueCount(); k++) {
                        c.merge(v.lookupOrd(v.nextOrd()).utf8ToString(), 1, Integer::sum);
                    }
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        Map<String, Map<String, Integer>> top = new LinkedHashMap<>();
        for (var e : counts.entrySet()) {
            Map<String, Integer> sorted = new LinkedHashMap<>();
            e.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP).forEach(x -> sorted.put(x.getKey(), x.getValue()));
            String name = e.getKey().equals(ArticleIndex.SOURCE_ID) ? "source" : e.getKey();
            top.put(name, sorted);
        }
        return top;
    }
}
