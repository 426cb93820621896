package dev.newsloom.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Whether a page hides its article behind a subscription: marked up as such, or saying so. */
final class Paywalls {
    private static final Pattern NOTICE = Pattern.compile("(?i)^(subscribe|sign in|log in|register) to (read|continue)|"
            + "this (article|story|content) is (for|only for|only available to|reserved for) (paying )?subscribers");

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("h2", "h3", "h4", "p", "div");

    private Paywalls() {}

    private static boolean noticeIn(Element body) {
        boolean[] found = {false};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t && isNotice(t)) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return found[0];
    }

    private static boolean isNotice(org.jsoup.nodes.TextNode t) {
        String raw = t.getWholeText();
        if (raw.length() > 400 || !NOTICE_WORDS.anyIn(raw)) return false;
        if (!(t.parent() instanceof Element e) || !BLOCKS.contains(e.normalName()) || e.childrenSize() > 2) return false;
        String own = e.ownText().strip();
        return own.length() < 200 && NOTICE.matcher(own).find();
    }

    /** "ubscri", " in to", "egister" (subscribe, sign in to, register), looked for in one pass. */
    private static final Substrings NOTICE_WORDS = new Substrings("ubscri", " in to", "egister");

    static boolean present(Document doc) {
        if (!Classes.containing(doc, "paywall", "regwall", "subscriber-only", "subscribers-only", "premium-wall", "meter-wall").isEmpty()) return true;
        // a notice is a short block's own text: look only at text that has one of its words
        if (doc.body() != null && noticeIn(doc.body())) return true;
        for (Element s : PageIndex.of(doc).jsonLd()) {
            String data = s.data();
            if (!data.contains("isAccessibleForFree")) continue;
            String compact = data.replace(" ", "");
            if (compact.contains("\"isAccessibleForFree\":false") || compact.contains("\"isAccessibleForFree\":\"False\"")
                    || compact.contains("\"isAccessibleForFree\":\"false\"")) return true;
        }
        return false;
    }
}
