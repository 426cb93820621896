package dev.newsloom.ai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers the articles a result cites, [1] for the first cited, in the order they are cited. */
final class Citations {
    private final List<AiDocument> docs;
    private final Map<Integer, Integer> numberOfDoc = new LinkedHashMap<>();

    Citations(List<AiDocument> docs) {
        this.docs = docs;
    }

    int number(int doc) {
        return numberOfDoc.computeIfAbsent(doc, d -> numberOfDoc.size() + 1);
    }

    Cited cite(String text, List<Integer> docIndexes) {
        List<Integer> cites = new ArrayList<>();
        for (int d : docIndexes) {
            int n = number(d);
            if (!cites.contains(n)) cites.add(n);
        }
        return new Cited(text, cites);
    }

    Cited cite(String text, int doc) {
        return cite(text, List.of(doc));
    }

    List<SourceRef> sources() {
        List<SourceRef> out = new ArrayList<>();
        for (var e : numberOfDoc.entrySet()) {
            AiDocument d = docs.get(e.getKey());
            out.add(new SourceRef(e.getValue(), d.id(), d.title(), d.source(), d.lang(), d.published()));
        }
        return out;
    }
}
