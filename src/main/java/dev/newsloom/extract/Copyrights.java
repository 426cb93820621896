package dev.newsloom.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The site's name as its copyright line gives it ("© 2026 Harbor Gazette. All rights reserved."),
 * for pages that declare no name of their own: old templates put it only there and in the
 * masthead, and their {@code <title>} leads with it ("Harbor Gazette - Sea wall approved").
 */
final class Copyrights {
    private static final Pattern HOLDER = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s+)?(?:by\\s+)?(\\p{L}[^.,|©\\n]{1,60}?)\\s*(?:[.,|]|\\s+all rights|$)");
    private static final int MAX_WORDS = 6;

    private Copyrights() {}

    /** The holder named by the page's last copyright line, or null. */
    static String holder(Document doc) {
        if (doc.body() == null) return null;
        List<String> lines = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (s.indexOf('©') >= 0 || s.regionMatches(true, 0, "copyright", 0, 9) || s.contains("Copyright")) lines.add(s);
            }
        }, doc.body());
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = HOLDER.matcher(lines.get(i));
            if (!m.find()) continue;
            String name = Text.normalize(m.group(1));
            if (name != null && name.split("\\s+").length <= MAX_WORDS) return name;
        }
        return null;
    }
}
