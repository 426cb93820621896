package dev.newsloom.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts back the parts of a page that React streams out of order. A server-rendered React page
 * (Next.js and others) sends slow parts later as {@code <div hidden id="S:n">} at the end of the
 * body, and the browser moves each into its place: a {@code <template id="P:n">} placeholder, or a
 * {@code <template id="B:n">} boundary whose "Loading..." fallback it replaces. A reader sees the
 * article in one piece; without this the extractor sees its sections as hidden blocks after the
 * footer. The moving scripts are often not in a saved page, so the ids are paired as React numbers
 * them: a placeholder and a boundary take the segment of the same number.
 */
final class StreamedHtml {
    /** More moves than any real page makes: a hostile page cannot make this quadratic. */
    private static final int MAX_SEGMENTS = 2_000;

    private StreamedHtml() {}

    /** Whether the page may hold streamed segments (a cheap test on the markup, before parsing anything). */
    static boolean mayHoldSegments(String html) {
        return html.contains("hidden id=\"S:") && html.contains("<template id=\"");
    }

    /**
     * Resolves the page's streamed segments when it has any. The page's index, which extraction
     * builds anyway, says first whether any element is a segment: the markup test reads the whole
     * page text, and {@link #resolve} changes nothing on a page without segments.
     */
    static void resolveIndexed(Document doc, String html) {
        if (!PageIndex.of(doc).holdsStreamedSegment() || !mayHoldSegments(html)) return;
        resolve(doc);
        PageIndex.forget(doc); // elements moved and removed: built again on the next question
    }

    /** A segment as {@link #resolve} takes one: {@code <div hidden id="S:n">}. */
    static boolean isSegment(Element e) {
        String id = e.id();
        return id.length() >= 3 && id.charAt(1) == ':' && id.charAt(0) == 'S' && e.hasAttr("hidden");
    }

    /** Moves every streamed segment into its placeholder or boundary; the document is modified. */
    static void resolve(Document doc) {
        Map<String, Element> segments = new HashMap<>();
        List<Element> slots = new ArrayList<>();
        for (Element e : DocumentOrder.all(doc)) {
            String id = e.id();
            if (id.length() < 3 || id.charAt(1) != ':') continue;
            char c = id.charAt(0);
            if (c == 'S' && e.hasAttr("hidden")) {
                segments.put(id.substring(2), e);
            } else if ((c == 'P' || c == 'B') && e.normalName().equals("template")) {
                slots.add(e);
            }
            if (segments.size() + slots.size() > MAX_SEGMENTS) return;
        }
        if (segments.isEmpty()) return;
        // placeholders inside segments are filled too: a segment is moved whole, with what it holds
        for (Element slot : slots) {
            Element segment = segments.remove(slot.id().substring(2));
            if (segment == null || slot.parent() == null || DocumentOrder.within(slot, segment)) continue;
            if (slot.id().charAt(0) == 'B') removeFallback(slot);
            for (Node child : new ArrayList<>(segment.childNodes())) slot.before(child);
            slot.remove();
            segment.remove();
        }
    }

    /** The fallback a boundary shows until its content arrives: the nodes after it up to React's closing {@code <!--/$-->}. */
    private static void removeFallback(Element boundary) {
        List<Node> fallback = new ArrayList<>();
        for (Node n = boundary.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Comment c && c.getData().equals("/$")) {
                for (Node f : fallback) f.remove();
                return;
            }
            fallback.add(n);
            if (fallback.size() > 50) return;
        }
    }
}
