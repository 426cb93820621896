package dev.newsloom.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Whether a page hides its article behind a subscription: marked up as such, or saying so. */
final class Paywalls {
    private static final Pattern NOTICE = Pattern.compile("(?i)^(subscribe|sign in|log in|register) to (read|continue)|"
            + "this (article|story|content) is (for|only for|only available to|reserved for) (paying )?subscribers");

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("h2", "h3", "h4", "p", "div");

    private Paywalls() {}

    private static List<org.jsoup.nodes.TextNode> textNodes(Document doc) {
        List<org.jsoup.nodes.TextNode> out = new java.util.ArrayList<>();
        if (doc.body() == null) return out;
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) out.add(t);
        }, doc.body());
        return out;
    }

    static boolean present(Document doc) {
        if (!Classes.containing(doc, "paywall", "regwall", "subscriber-only", "subscribers-only", "premium-wall", "meter-wall").isEmpty()) return true;
        // a notice is a short block's own text: look only at text that has one of its words
        for (org.jsoup.nodes.TextNode t : textNodes(doc)) {
            String raw = t.getWholeText();
            if (raw.length() > 400 || !(raw.contains("ubscri") || raw.contains(" in to") || raw.contains("egister"))) continue;
            if (!(t.parent() instanceof Element e) || !BLOCKS.contains(e.normalName()) || e.childrenSize() > 2) continue;
            String own = e.ownText().strip();
            if (own.length() < 200 && NOTICE.matcher(own).find()) return true;
        }
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
