package dev.newsloom.extract;

import java.util.regex.Pattern;

/** "By JANE DOE | Nov 21" → "Jane Doe"-ish: the names, without the decoration around them. */
final class Bylines {
    private static final Pattern PREFIX = Pattern.compile("^(?i)(by|von|par|por|door|di|written by|words by)[:\\s]+");
    private static final Pattern TAIL = Pattern.compile("(?i)\\s*([|•·,–—-]\\s*)?(published|updated|posted|\\d{1,2}:\\d{2}|\\d{4}-\\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d).*$");

    private Bylines() {}

    static String clean(String raw) {
        String t = Text.normalize(raw);
        if (t == null) return null;
        t = PREFIX.matcher(t).replaceFirst("");
        t = TAIL.matcher(t).replaceFirst("");
        t = t.replaceAll("[|•·,;:\\s]+$", "").strip();
        // "Ana Vel / REUTERS": the agency is a credit, not an author
        StringBuilder names = new StringBuilder();
        for (String part : t.split("\\s*[|/•]\\s*")) {
            if (part.isBlank() || Credits.agency(part, true) != null || part.equalsIgnoreCase("staff")) continue;
            if (names.length() > 0) names.append(", ");
            names.append(part.strip());
        }
        t = names.toString();
        if (t.length() < 2 || t.length() > 120) return null;
        return t;
    }
}
