package dev.newsloom.ai;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits paragraphs into sentences with the JDK's sentence rules, then mends the breaks those
 * rules make after titles and initials ("Dr. J. Smith"), and drops what is not a sentence of the
 * report: agency credit lines, datelines, calls to subscribe.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.copyOf(List.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen",
            "col", "lt", "sgt", "capt", "cmdr", "adm", "rev", "st", "mt", "jr", "sr", "vs", "fig", "approx", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "hon", "pres",
            "supt", "det", "insp", "msgr", "fr", "cpl", "pvt"));
    /** "ISMERWICK (AP) — ", "PORT ANSELM, Nov 21 (Reuters) - ": the place and agency that open wire copy. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(,\\s*[\\p{L}.]{3,9}\\s+\\d{1,2})?\\s*(\\([\\p{L} .&]{1,30}\\))?\\s*[—–-]{1,2}\\s+");
    private static final Pattern NOT_REPORT = Pattern.compile(
            "(?i)^(\\(?(reporting|editing|writing|additional reporting) by|read more|sign up|subscribe|follow us|click here"
                    + "|advertisement|related:|watch:|listen:|this story has been|copyright|all rights reserved).*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Sentences() {}

    static List<String> split(String paragraph, String lang) {
        List<String> out = new ArrayList<>();
        if (paragraph == null || paragraph.isBlank()) return out;
        String text = paragraph.strip();
        BreakIterator it = BreakIterator.getSentenceInstance(locale(lang));
        it.setText(text);
        StringBuilder pending = new StringBuilder();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String piece = text.substring(start, end).strip();
            if (piece.isEmpty()) continue;
            if (!pending.isEmpty()) pending.append(' ');
            pending.append(piece);
            if (endsWithAbbreviation(piece)) continue;
            out.add(pending.toString());
            pending.setLength(0);
        }
        if (!pending.isEmpty()) out.add(pending.toString());
        return out;
    }

    /** A sentence fit to quote: dateline removed; null when it is not part of the report. */
    static String clean(String sentence, boolean opensArticle) {
        String s = sentence.strip();
        if (opensArticle) s = DATELINE.matcher(s).replaceFirst("");
        if (s.startsWith("(") && s.endsWith(")")) return null;
        if (NOT_REPORT.matcher(s).matches()) return null;
        if (words(s) < 4) return null;
        if (s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter)) return null;
        return s;
    }

    static int words(String s) {
        int n = 0;
        var m = WORD.matcher(s);
        while (m.find()) n++;
        return n;
    }

    private static boolean endsWithAbbreviation(String piece) {
        if (!piece.endsWith(".")) return false;
        int space = piece.lastIndexOf(' ');
        String last = piece.substring(space + 1, piece.length() - 1);
        while (!last.isEmpty() && !Character.isLetter(last.charAt(0))) last = last.substring(1);
        if (last.length() == 1 && Character.isUpperCase(last.charAt(0))) return true; // an initial: "J."
        return ABBREVIATIONS.contains(last.toLowerCase(Locale.ROOT));
    }

    private static Locale locale(String lang) {
        return lang == null || lang.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(lang);
    }
}
