package dev.newsloom.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A short paragraph that is mostly links can still be the article's own sentence: a reference
 * ("Building effective agents. Anthropic. https://..."), a sentence naming what it links to
 * ("Companies using Amazon Lex are Nokia, Vonage, ..."). It is text when words of its own stand
 * around the links, and it is not a label followed by a link, the form of a pointer to another
 * page ("Related reading: Another Guide", "You might also like: ...").
 */
final class LinkedSentences {
    /** Words of its own: more than a lone "See" or "Shop" around the link. */
    static final int OWN_CHARS = 15;

    private LinkedSentences() {}

    static boolean isText(Element p, TextStats stats) {
        if (!p.normalName().equals("p") || stats.text(p) - stats.links(p) < OWN_CHARS) return false;
        String lead = beforeFirstLink(p);
        return lead == null || !LABEL_END.matcher(lead).find();
    }

    /** What a pointer's label ends with before its link. */
    private static final java.util.regex.Pattern LABEL_END = java.util.regex.Pattern.compile("[:»>→]\\s*$");

    /** The paragraph's text up to its first link, or null when it has none. */
    private static String beforeFirstLink(Element p) {
        StringBuilder sb = new StringBuilder();
        for (Node n = p.firstChild(); n != null; ) {
            if (n instanceof Element e && e.normalName().equals("a")) return sb.toString();
            if (n instanceof TextNode t) sb.append(t.getWholeText());
            if (n.childNodeSize() > 0 && !(n instanceof TextNode)) {
                n = n.childNode(0);
                continue;
            }
            while (n != null && n != p && n.nextSibling() == null) n = n.parent();
            if (n == null || n == p) break;
            n = n.nextSibling();
            if (sb.length() > 400) return null;
        }
        return null;
    }
}
