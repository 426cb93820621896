package dev.newsloom.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text, link text and prose per element, counted in one post-order pass so that every later
 * question ("how much of the page's prose is in here?", "is this mostly links?") costs a lookup
 * instead of a walk of the subtree. Prose is text in paragraphs of at least {@value #PROSE_CHARS}
 * characters, whether a {@code <p>} or a block that holds its text directly.
 */
final class TextStats {
    static final int PROSE_CHARS = 80;
    private final Map<Element, int[]> counts;

    private TextStats(int elements) {
        counts = new IdentityHashMap<>(elements);
    }

    private record PageStats(Element root, TextStats stats) {}

    private static final ThreadLocal<PageStats> LAST = new ThreadLocal<>();

    /**
     * The statistics of the page's body, counted once per page and thread and kept current by
     * {@link #detach} as blocks are taken out.
     */
    static TextStats forPage(org.jsoup.nodes.Document doc) {
        Element body = doc.body();
        PageStats last = LAST.get();
        if (last != null && last.root == body) return last.stats;
        // sized for the page's elements up front: growing the table a dozen times was a tenth of this walk
        TextStats s = of(body, PageIndex.of(doc).elements());
        LAST.set(new PageStats(body, s));
        return s;
    }

    static void forget() {
        LAST.remove();
    }

    /** Takes the element's counts off its ancestors; call before removing it from the page. */
    void detach(Element e) {
        int[] c = counts.get(e);
        if (c == null) return;
        int text = c[0], links = c[1], prose = c[2], commas = c[4];
        for (Element p = e.parent(); p != null; p = p.parent()) {
            int[] pc = counts.get(p);
            if (pc == null) break;
            pc[0] -= text;
            pc[1] -= links;
            pc[4] -= commas;
            if (p.normalName().equals("p") || p.normalName().equals("pre")) {
                int before = pc[2];
                pc[2] = pc[0] >= PROSE_CHARS ? pc[0] - pc[1] : 0;
                prose = before - pc[2];
            } else {
                pc[2] -= prose;
            }
        }
    }

    private static TextStats of(Element root, int elements) {
        TextStats s = new TextStats(elements);
        // the counts of the open elements, innermost last: a text node's or a closing element's
        // parent is the one below it, which saves two map lookups a node on the largest pages
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    int[] c = new int[5];
                    s.counts.put(e, c);
                    open.push(c);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int[] c = open.peek();
                    if (c == null) return;
                    countText(t.getWholeText(), c);
                    return;
                }
                if (!(node instanceof Element e)) return;
                int[] c = open.pop();
                if (e.normalName().equals("a")) c[1] = c[0];
                // code in a pre block is part of an article as much as its paragraphs
                if (e.normalName().equals("p") || e.normalName().equals("pre")) c[2] = c[0] >= PROSE_CHARS ? c[0] - c[1] : 0;
                else if (c[3] >= PROSE_CHARS) c[2] += c[3];
                int[] pc = open.peek();
                if (pc != null) {
                    pc[0] += c[0];
                    pc[1] += c[1];
                    pc[2] += c[2];
                    pc[4] += c[4];
                }
            }
        }, root);
        return s;
    }

    /** A text node's length as a reader sees it (runs of whitespace count once) and its commas, in one pass. */
    private static void countText(String s, int[] c) {
        int n = 0, commas = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ',' || ch == '\uff0c' || ch == '\u3001') commas++;
            boolean ws = Text.isWhitespace(ch) || ch == '\u00a0';
            if (ws) {
                if (!space) n++;
                space = true;
            } else {
                n++;
                space = false;
            }
        }
        c[0] += n;
        c[3] += n; // own text
        c[4] += commas;
    }

    /** Text directly inside the element, not in its children. */
    int ownText(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[3];
    }

    int commas(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[4];
    }

    int text(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0];
    }

    int links(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[1];
    }

    int prose(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[2];
    }

    double linkDensity(Element e) {
        int t = text(e);
        return t == 0 ? 0 : Math.min(1, (double) links(e) / t);
    }
}
