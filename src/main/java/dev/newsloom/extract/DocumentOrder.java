package dev.newsloom.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Elements near one element in reading order, and the text of small elements, without walking
 * the whole page: the lines around a headline are found in a few dozen steps on any page size.
 */
final class DocumentOrder {
    private DocumentOrder() {}

    /** Up to {@code limit} elements after {@code start} in document order (its descendants first). */
    static List<Element> after(Element start, int limit) {
        List<Element> out = new ArrayList<>();
        Element e = start;
        while (out.size() < limit) {
            Element next = e.firstElementChild();
            if (next == null) {
                Element up = e;
                while (up != null && up.nextElementSibling() == null) up = up.parent();
                if (up == null) break;
                next = up.nextElementSibling();
            }
            out.add(next);
            e = next;
        }
        return out;
    }

    /** Up to {@code limit} elements before {@code start} in document order, nearest first. */
    static List<Element> before(Element start, int limit) {
        List<Element> out = new ArrayList<>();
        Element e = start;
        while (out.size() < limit) {
            Element prev = e.previousElementSibling();
            if (prev != null) {
                while (prev.lastElementChild() != null) prev = prev.lastElementChild();
            } else {
                prev = e.parent();
                if (prev == null || prev.normalName().equals("body") || prev.normalName().equals("html")) break;
            }
            out.add(prev);
            e = prev;
        }
        return out;
    }

    /**
     * The first descendant with this tag (and, when given, this attribute), looking at no more than
     * {@code budget} elements: questions about a block's insides stay cheap on pathological nesting.
     */
    static Element firstWithin(Element root, String tag, String attr, int budget) {
        int seen = 0;
        for (Element e = root.firstElementChild(); e != null && seen < budget; e = nextWithin(e, root), seen++) {
            if (e.normalName().equals(tag) && (attr == null || e.hasAttr(attr))) return e;
        }
        return null;
    }

    /** Whether the block has more than {@code limit} descendant elements. */
    static boolean larger(Element root, int limit) {
        int seen = 0;
        for (Element e = root.firstElementChild(); e != null; e = nextWithin(e, root)) if (++seen > limit) return true;
        return false;
    }

    /**
     * The element and all its descendants in document order, as {@code getAllElements()} gives
     * them, without the stream that jsoup builds for it: this runs several times on every page.
     */
    static List<Element> all(Element root) {
        List<Element> out = new ArrayList<>(256);
        for (Element e = root; e != null; e = nextWithin(e, root)) out.add(e);
        return out;
    }

    /** Whether the element is {@code root} or inside it. */
    static boolean within(Element e, Element root) {
        for (Element up = e; up != null; up = up.parent()) if (up == root) return true;
        return false;
    }

    /** The next element in document order inside {@code root}, or null at its end. */
    private static Element nextWithin(Element e, Element root) {
        Element child = e.firstElementChild();
        if (child != null) return child;
        for (Element up = e; up != null && up != root; up = up.parent()) {
            Element next = up.nextElementSibling();
            if (next != null) return next;
        }
        return null;
    }

    /** The element's text, normalised, or null when it is empty or longer than {@code max} characters. */
    static String shortText(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        NodeFilter.FilterResult[] result = {NodeFilter.FilterResult.CONTINUE};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                    if (sb.length() > max * 3) {
                        result[0] = FilterResult.STOP;
                        return FilterResult.STOP;
                    }
                } else if (node instanceof Element el && (el.isBlock() || el.normalName().equals("br"))) {
                    sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        if (result[0] == NodeFilter.FilterResult.STOP) return null;
        String t = Text.normalize(sb.toString());
        return t == null || t.length() > max ? null : t;
    }
}
