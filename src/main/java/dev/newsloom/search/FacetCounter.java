package dev.newsloom.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Counts, over every match of a query, the values of keyword fields indexed with doc values, and
 * the matches themselves. A common word matches most of a large index, so matches are counted by
 * global ordinal into one array per field and only the top values are turned into strings; the
 * segment-to-global ordinal maps are built once per index snapshot.
 */
final class FacetCounter {
    static final int TOP = 20;

    record Counts(long total, Map<String, Map<String, Integer>> facets) {}

    private record Snapshot(IndexReader.CacheKey key, Map<String, OrdinalMap> maps) {}

    private final List<String> fields;
    private volatile Snapshot snapshot;

    FacetCounter(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    Counts count(IndexSearcher searcher, Query query) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Map<String, OrdinalMap> maps = ordinalMaps(reader);
        int[][] counts = new int[fields.size()][];
        for (int i = 0; i < fields.size(); i++) counts[i] = new int[(int) maps.get(fields.get(i)).getValueCount()];
        long[] total = new long[1];
        searcher.search(query, new SimpleCollector() {
            private final SortedSetDocValues[] values = new SortedSetDocValues[fields.size()];
            private final LongValues[] toGlobal = new LongValues[fields.size()];

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                for (int i = 0; i < fields.size(); i++) {
                    values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
                    toGlobal[i] = maps.get(fields.get(i)).getGlobalOrds(context.ord);
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                total[0]++;
                for (int i = 0; i < values.length; i++) {
                    SortedSetDocValues v = values[i];
                    if (!v.advanceExact(doc)) continue;
                    for (int k = 0; k < v.docValueCount(); k++) counts[i][(int) toGlobal[i].get(v.nextOrd())]++;
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        Map<String, Map<String, Integer>> top = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).equals(ArticleIndex.SOURCE_ID) ? "source" : fields.get(i);
            top.put(name, topValues(reader, fields.get(i), maps.get(fields.get(i)), counts[i]));
        }
        return new Counts(total[0], top);
    }

    /** The most frequent values, ties in term order (global ordinals follow it). */
    private static Map<String, Integer> topValues(IndexReader reader, String field, OrdinalMap map, int[] counts) throws IOException {
        PriorityQueue<Integer> best = new PriorityQueue<>(TOP + 1,
                (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[a], counts[b]) : Integer.compare(b, a));
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] == 0) continue;
            best.add(ord);
            if (best.size() > TOP) best.poll();
        }
        Integer[] ords = best.toArray(Integer[]::new);
        java.util.Arrays.sort(ords, (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
        Map<String, Integer> out = new LinkedHashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (int ord : ords) {
            LeafReaderContext leaf = leaves.get(map.getFirstSegmentNumber(ord));
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
            out.put(values.lookupOrd(map.getFirstSegmentOrd(ord)).utf8ToString(), counts[ord]);
        }
        return out;
    }

    private Map<String, OrdinalMap> ordinalMaps(IndexReader reader) throws IOException {
        IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
        Snapshot s = snapshot;
        if (s != null && s.key() == key) return s.maps();
        Map<String, OrdinalMap> maps = new HashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (String field : fields) {
            SortedSetDocValues[] perLeaf = new SortedSetDocValues[leaves.size()];
            for (int i = 0; i < perLeaf.length; i++) perLeaf[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
            maps.put(field, OrdinalMap.build(key, perLeaf, PackedInts.DEFAULT));
        }
        snapshot = new Snapshot(key, maps);
        return maps;
    }
}
