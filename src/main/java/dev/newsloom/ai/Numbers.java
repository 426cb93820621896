package dev.newsloom.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a sentence states ("1,800", "$16 million", "63 percent", "6.2"), normalised so that
 * the same figure matches however it is written, and whether it is significant: a bare small
 * count ("two", "3") says little; a share, a sum or a measured value is a fact.
 */
final class Numbers {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,:])([$€£])?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![:\\d])"
                    + "(?:\\s?(%|percent\\b|per cent\\b|million\\b|billion\\b|trillion\\b|bn\\b|m\\b))?");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s$");
    private static final Pattern MONTH_AFTER = Pattern.compile("(?i)^(st|nd|rd|th)?\\s+(of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

    /** A figure as written and as compared. {@code kind} is "money", "percent" or "count". */
    record Figure(String written, String key, String kind, boolean significant) {}

    private Numbers() {}

    static List<Figure> find(String text) {
        List<Figure> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String currency = m.group(1), digits = m.group(2).replace(",", ""), fraction = m.group(3), unit = m.group(4);
            String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
            String kind = currency != null ? "money" : (u.equals("%") || u.startsWith("per")) ? "percent" : "count";
            String scale = switch (u) {
                case "million", "m" -> "e6";
                case "billion", "bn" -> "e9";
                case "trillion" -> "e12";
                default -> "";
            };
            String key = (currency == null ? "" : "$") + digits + (fraction == null ? "" : fraction) + scale
                    + (kind.equals("percent") ? "%" : "");
            if (isYear(digits, fraction, currency, unit, text, m.start())) continue;
            // the day of a date ("November 21", "21st of May") is not a figure
            if (currency == null && unit == null && fraction == null && digits.length() <= 2
                    && (MONTH_BEFORE.matcher(text.substring(Math.max(0, m.start() - 10), m.start())).find()
                    || MONTH_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).find())) continue;
            long value = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
            boolean significant = currency != null || unit != null || fraction != null || value >= 10 || m.group(2).contains(",");
            out.add(new Figure(m.group().strip(), key, kind, significant));
        }
        return out;
    }

    static List<String> significantKeys(String text) {
        List<String> out = new ArrayList<>();
        for (Figure f : find(text)) if (f.significant() && !out.contains(f.key())) out.add(f.key());
        return out;
    }

    /** Years are dates, not figures: "in 2019" is found by the date finder. */
    private static boolean isYear(String digits, String fraction, String currency, String unit, String text, int at) {
        if (digits.length() != 4 || fraction != null || currency != null || unit != null) return false;
        int v = Integer.parseInt(digits);
        if (v < 1900 || v > 2100) return false;
        String before = text.substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
        return !before.matches(".*\\b(of|about|some|nearly|almost|over|than|around|roughly)\\s*$");
    }
}
