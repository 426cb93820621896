package dev.newsloom.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

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

    /** The paragraph's text up to its first link, or null when it has none or a long text comes first. */
    private static String beforeFirstLink(Element p) {
        StringBuilder sb = new StringBuilder();
        boolean[] linked = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != p && e.normalName().equals("a")) {
                    linked[0] = true;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) sb.append(t.getWholeText());
                return sb.length() > 400 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, p);
        return linked[0] ? sb.toString() : null;
    }
}
