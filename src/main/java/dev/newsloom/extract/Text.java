package dev.newsloom.extract;

/** Whitespace as readers expect it: single spaces, no non-breaking or zero-width characters. */
final class Text {
    private Text() {}

    static String normalize(String s) {
        if (s == null) return null;
        String t = s.replace('\u00a0', ' ').replaceAll("[\\u200b\\u200c\\u200d\\ufeff]", "").replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
