package dev.newsloom.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Whether a page hides its article behind a subscription: marked up as such, or saying so. */
final class Paywalls {
    private static final Pattern NOTICE = Pattern.compile("(?i)^(subscribe|sign in|log in|register) to (read|continue)|"
            + "this (article|story|content) is (for|only for|only available to|reserved for) (paying )?subscribers");

    private Paywalls() {}

    static boolean present(Document doc) {
        if (!Classes.containing(doc, "paywall", "regwall", "subscriber-only", "subscribers-only", "premium-wall", "meter-wall").isEmpty()) return true;
        for (Element e : doc.select("h2, h3, h4, p, div")) {
            if (e.childrenSize() > 2) continue;
            String t = e.ownText().strip();
            if (t.length() < 200 && NOTICE.matcher(t).find()) return true;
        }
        if (doc.select("script[type~=(?i)ld\\+json]").stream().anyMatch(s -> s.data().replace(" ", "").contains("\"isAccessibleForFree\":false")
                || s.data().replace(" ", "").contains("\"isAccessibleForFree\":\"False\""))) {
            return true;
        }
        return false;
    }
}
