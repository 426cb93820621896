package dev.newsloom.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Elements whose class or id contains one of some words. The page's class and id names are
 * collected once per page (lower-cased), so the many questions extraction asks of them cost a pass
 * over a short list instead of a walk of the whole tree; elements removed from the page since
 * are skipped.
 */
final class Classes {
    private Classes() {}

    static List<Element> containing(Element root, String... words) {
        List<Element> out = new ArrayList<>();
        Document doc = root.ownerDocument();
        if (doc == null) return slowly(root, words);
        long query = 0;
        List<String> unknown = null;
        for (String w : words) {
            int bit = WORDS.indexOf(w);
            if (bit >= 0) {
                query |= 1L << bit;
            } else {
                if (unknown == null) unknown = new ArrayList<>();
                unknown.add(w);
            }
        }
        PageIndex index = PageIndex.of(doc);
        long[] masks = index.nameMasks();
        List<PageIndex.Named> named = index.named;
        for (int i = 0; i < named.size(); i++) {
            PageIndex.Named n = named.get(i);
            boolean match = (masks[i] & query) != 0;
            for (int k = 0; !match && unknown != null && k < unknown.size(); k++) match = n.names().contains(unknown.get(k));
            if (match && n.element().ownerDocument() == doc && (root == doc || root == doc.body() || DocumentOrder.within(n.element(), root))) {
                out.add(n.element());
            }
        }
        return out;
    }

    /** The words this package asks about; each name string is searched for all of them in one pass. */
    private static final String[] VOCABULARY = {"by", "author", "writer", "caption", "photo-credit", "photocredit",
            "image-credit", "img-credit", "cap", "headline", "title", "paywall", "regwall", "subscriber-only",
            "subscribers-only", "premium-wall", "meter-wall", "source", "agency", "provider", "syndicat", "wire", "byline",
            "dateline", "meta", "date", "time", "publish", "posted", "updated"};
    private static final Substrings WORDS = new Substrings(VOCABULARY);

    /** Which of {@link #VOCABULARY} the lower-cased names contain, as bits. */
    static long mask(String names) {
        return WORDS.maskIn(names);
    }

    /** The element's class and id, lower-cased, as {@link #containing} sees them. */
    static String names(Element e) {
        if (e.attributesSize() == 0) return "";
        String indexed = PageIndex.namesIfIndexed(e);
        return indexed != null ? indexed : namesOf(e);
    }

    static String namesOf(Element e) {
        String cls = e.className(), id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        return (id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Within part of a page: one walk of that part. */
    private static List<Element> slowly(Element root, String... words) {
        List<Element> out = new ArrayList<>();
        for (Element e : DocumentOrder.all(root)) {
            if (!e.hasAttr("class") && !e.hasAttr("id")) continue;
            String names = names(e);
            for (String w : words) {
                if (names.contains(w)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }
}
