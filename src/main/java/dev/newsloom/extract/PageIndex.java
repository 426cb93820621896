package dev.newsloom.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The elements extraction asks about, gathered in one walk of the page: headings, figures,
 * scripts, links, times, microdata, main areas, and every class or id name. Twenty questions
 * that would each walk the whole tree become lookups in short lists. Built once per page and
 * thread, and forgotten when the page is done.
 */
final class PageIndex {
    private static final Set<String> TAGS = Set.of("h1", "h2", "figure", "figcaption", "script", "time", "a", "link",
            "article", "main", "table");
    private static final ThreadLocal<PageIndex> LAST = new ThreadLocal<>();

    record Named(Element element, String names) {}

    private final Document doc;
    private final Map<String, List<Element>> byTag = new HashMap<>();
    private final Map<String, List<Element>> byItemprop = new HashMap<>();
    private final List<Element> relAuthor = new ArrayList<>();
    private final List<Element> roleMain = new ArrayList<>();
    final List<Named> named = new ArrayList<>();
    /** The same names by element: one string per element, so its hash is computed once however often it is looked up. */
    private final Map<Element, String> namesByElement = new java.util.IdentityHashMap<>();

    private PageIndex(Document doc) {
        this.doc = doc;
        List<Element> all = DocumentOrder.all(doc);
        elements = all.size();
        for (Element e : all) {
            String tag = e.normalName();
            if (TAGS.contains(tag)) byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(e);
            if (e.attributesSize() == 0) continue;
            if (e.hasAttr("itemprop")) {
                for (String p : e.attr("itemprop").toLowerCase(Locale.ROOT).split(" ")) {
                    if (!p.isEmpty()) byItemprop.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
                }
            }
            if (e.hasAttr("rel") && e.attr("rel").equalsIgnoreCase("author")) relAuthor.add(e);
            if (e.hasAttr("role") && e.attr("role").equalsIgnoreCase("main")) roleMain.add(e);
            if (e.hasAttr("class") || e.hasAttr("id")) {
                if (!streamedSegment && e.hasAttr("hidden")) streamedSegment = StreamedHtml.isSegment(e);
                String n = Classes.namesOf(e);
                if (!n.isEmpty()) {
                    named.add(new Named(e, n));
                    namesByElement.put(e, n);
                }
            }
        }
    }

    private long[] nameMasks;
    private final int elements;

    /** How many elements the page had when it was indexed. */
    int elements() {
        return elements;
    }
    /** Whether an element is one of React's streamed segments ({@link StreamedHtml}). */
    private boolean streamedSegment;

    boolean holdsStreamedSegment() {
        return streamedSegment;
    }

    /** Drops this thread's index when it is the page's (the page was changed under it); {@link TextStats} stay. */
    static void forget(Document doc) {
        PageIndex last = LAST.get();
        if (last != null && last.doc == doc) LAST.remove();
    }

    /** For each of {@link #named}, the words of {@link Classes}'s vocabulary its names contain. */
    long[] nameMasks() {
        if (nameMasks == null) {
            nameMasks = new long[named.size()];
            // a page repeats its class names (every menu item, every card): each distinct one is searched once
            java.util.Map<String, Long> searched = new java.util.HashMap<>();
            for (int i = 0; i < named.size(); i++) {
                String names = named.get(i).names();
                Long mask = searched.get(names);
                if (mask == null) searched.put(names, mask = Classes.mask(names));
                nameMasks[i] = mask;
            }
        }
        return nameMasks;
    }

    /** The index of this page, built on first use on this thread. */
    static PageIndex of(Document doc) {
        PageIndex last = LAST.get();
        if (last != null && last.doc == doc) return last;
        PageIndex index = new PageIndex(doc);
        LAST.set(index);
        return index;
    }

    /** The element's names as this thread's current page index has them, or null when it is not in that index. */
    static String namesIfIndexed(Element e) {
        PageIndex last = LAST.get();
        return last == null ? null : last.namesByElement.get(e);
    }

    static void forget() {
        LAST.remove();
        TextStats.forget();
    }

    /** Elements with this tag, in document order, still on the page. */
    List<Element> tag(String tag) {
        return attached(byTag.getOrDefault(tag, List.of()));
    }

    List<Element> itemprop(String prop) {
        return attached(byItemprop.getOrDefault(prop.toLowerCase(Locale.ROOT), List.of()));
    }

    List<Element> relAuthor() {
        return attached(relAuthor);
    }

    /** {@code article}, {@code main} and {@code role=main} elements, in document order. */
    List<Element> mainAreas() {
        List<Element> out = new ArrayList<>(tag("article"));
        out.addAll(tag("main"));
        out.addAll(attached(roleMain));
        out.sort((a, b) -> Integer.compare(position(a), position(b)));
        return out;
    }

    private List<com.fasterxml.jackson.databind.JsonNode> jsonLdTrees;

    /** The page's JSON-LD, each script parsed once; broken scripts are left out. */
    List<com.fasterxml.jackson.databind.JsonNode> jsonLdTrees(java.util.function.Function<String, com.fasterxml.jackson.databind.JsonNode> parser) {
        if (jsonLdTrees == null) {
            jsonLdTrees = new ArrayList<>();
            for (Element s : jsonLd()) {
                com.fasterxml.jackson.databind.JsonNode tree = parser.apply(s.data());
                if (tree != null) jsonLdTrees.add(tree);
            }
        }
        return jsonLdTrees;
    }

    /** Scripts holding JSON-LD. */
    List<Element> jsonLd() {
        List<Element> out = new ArrayList<>();
        for (Element s : tag("script")) if (s.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) out.add(s);
        return out;
    }

    private org.jsoup.select.Elements metas;

    /** The page's meta tags with content: those of the head, or of the whole page when the head has none. */
    org.jsoup.select.Elements metas() {
        if (metas == null) {
            org.jsoup.select.Elements inHead = doc.head() == null ? new org.jsoup.select.Elements() : doc.head().select(Selectors.of("meta[content]"));
            metas = inHead.isEmpty() ? doc.select(Selectors.of("meta[content]")) : inHead;
        }
        return metas;
    }

    private Map<String, List<Element>> metasByKey;

    /**
     * The meta tags of {@link #metas()} whose key ({@link MetadataExtractor#metaKey}) may equal
     * {@code name} ignoring case, in page order: a page asks for some forty names, each of which
     * would read every tag's attributes. Keys are grouped by their characters' case folding,
     * which two strings equal ignoring case share; callers still compare.
     */
    List<Element> metas(String name) {
        if (metasByKey == null) {
            metasByKey = new HashMap<>();
            for (Element m : metas()) metasByKey.computeIfAbsent(folded(MetadataExtractor.metaKey(m)), k -> new ArrayList<>(1)).add(m);
        }
        return metasByKey.getOrDefault(folded(name), List.of());
    }

    /** Each character as {@link String#equalsIgnoreCase} compares it: lower case of upper case. */
    private static String folded(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
            if (f != c && out == null) out = s.toCharArray();
            if (out != null) out[i] = f;
        }
        return out == null ? s : new String(out);
    }

    private final Map<Object, Object> answers = new java.util.IdentityHashMap<>(4);

    /**
     * The answer to a question asked more than once about the page, found once; {@code question}
     * is a constant of the asker's. Only for questions asked while the page is whole (reading its
     * metadata, before any block is taken out): the answer is not found again after a change.
     */
    @SuppressWarnings("unchecked")
    <T> T answer(Object question, java.util.function.Supplier<T> find) {
        if (answers.containsKey(question)) return (T) answers.get(question);
        T found = find.get();
        answers.put(question, found);
        return found;
    }

    /** The first {@code <h1>} of the page. */
    Element firstH1() {
        List<Element> h1 = tag("h1");
        return h1.isEmpty() ? null : h1.get(0);
    }

    private final Map<Element, Integer> positions = new java.util.IdentityHashMap<>();

    private int position(Element e) {
        if (positions.isEmpty()) {
            int i = 0;
            for (Element x : DocumentOrder.all(doc)) positions.put(x, i++);
        }
        return positions.getOrDefault(e, Integer.MAX_VALUE);
    }

    private List<Element> attached(List<Element> elements) {
        for (Element e : elements) {
            if (e.ownerDocument() != doc) {
                List<Element> out = new ArrayList<>(elements.size());
                for (Element x : elements) if (x.ownerDocument() == doc) out.add(x);
                return out;
            }
        }
        return elements;
    }
}
