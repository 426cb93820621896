package dev.newsloom.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A JSON-LD {@code articleBody} as evidence, not as truth: it is used only when the page's own
 * markup yields clearly less text and the page shows the same words (publishers' JSON-LD is
 * sometimes another article, a teaser, or text the page hides behind a paywall).
 */
final class JsonLdBody {
    /** Shorter declared bodies are teasers. */
    static final int MIN_CHARS = 400;
    /** Share of the declared body's word pairs that must appear in the page's visible text. */
    static final double ON_PAGE = 0.8;

    private JsonLdBody() {}

    /** The declared body as paragraphs, or null when the extracted one should stand. */
    static List<String> instead(String declared, List<String> extracted, String pageText) {
        if (declared == null || pageText == null) return null;
        String body = MetadataExtractor.unescaped(declared.replaceAll("<[^>]{0,200}>", " "));
        if (body == null || body.length() < MIN_CHARS) return null;
        int have = 0;
        for (String b : extracted) have += b.length();
        if (have >= body.length() * 0.6) return null;
        if (overlap(Text.key(body), Text.key(pageText)) < ON_PAGE) return null;
        List<String> out = new ArrayList<>();
        for (String p : declared.split("\\n+|\\r+|<br\\s*/?>|</p>")) {
            String t = MetadataExtractor.unescaped(p.replaceAll("<[^>]{0,200}>", " "));
            if (t != null) out.add(t);
        }
        return out;
    }

    /** Share of the first text's adjacent word pairs found in the second. */
    static double overlap(String a, String b) {
        String[] aw = a.split(" "), bw = b.split(" ");
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < bw.length; i++) pairs.add(bw[i] + " " + bw[i + 1]);
        int n = 0, found = 0;
        for (int i = 0; i + 1 < aw.length; i++, n++) if (pairs.contains(aw[i] + " " + aw[i + 1])) found++;
        return n == 0 ? 0 : (double) found / n;
    }
}
