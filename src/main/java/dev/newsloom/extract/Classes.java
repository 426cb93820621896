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
        for (PageIndex.Named n : PageIndex.of(doc).named) {
            for (String w : words) {
                if (n.names().contains(w)) {
                    if (n.element().ownerDocument() == doc && (root == doc || root == doc.body() || within(n.element(), root))) out.add(n.element());
                    break;
                }
            }
        }
        return out;
    }

    /** The element's class and id, lower-cased, as {@link #containing} sees them. */
    static String names(Element e) {
        String cls = e.className(), id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        return (id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id).toLowerCase(Locale.ROOT);
    }

    private static boolean within(Element e, Element root) {
        for (Element p = e; p != null; p = p.parent()) if (p == root) return true;
        return false;
    }

    /** Within part of a page: one walk of that part. */
    private static List<Element> slowly(Element root, String... words) {
        List<Element> out = new ArrayList<>();
        for (Element e : root.getAllElements()) {
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
