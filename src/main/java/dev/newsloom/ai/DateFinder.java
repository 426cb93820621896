package dev.newsloom.ai;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates stated in English news text, resolved against the article's publication time: "on
 * November 21", "21 November 2026", "2026-11-21", "on Saturday" (the last Saturday, or the next
 * one when the sentence speaks of what is expected), "yesterday", "in March 2025", "in 2019".
 */
final class DateFinder {
    /** A stated date. {@code precision} is "day", "month" or "year"; {@code date} is the first day it covers. */
    record Stated(LocalDate date, String precision, String written, int start) {}

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in|since|until|by|from|before|after|of|during)\\s+(" + MONTHS + ")\\s+(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|until|by|from|before|after|during)\\s+((?:19|20)\\d{2})\\b(?![-/]\\d)");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(last|next|this|on|since|until|by|from|before|after|early|late)\\s+)?(?:on\\s+)?"
            + "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|last night)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile("\\b(will|shall|is expected|are expected|expected to|is due|are due|due to|"
            + "plans? to|planned|scheduled|set to|is to|are to|next|upcoming|going to|would|intends? to)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Month> MONTH_NAMES = Map.ofEntries(Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY),
            Map.entry("mar", Month.MARCH), Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

    private DateFinder() {}

    static List<Stated> find(String sentence, Instant published) {
        List<Stated> out = new ArrayList<>();
        if (published == null) return out;
        LocalDate today = published.atZone(ZoneOffset.UTC).toLocalDate();
        boolean future = FUTURE.matcher(sentence).find();
        boolean[] taken = new boolean[sentence.length() + 1];
        Matcher m = ISO.matcher(sentence);
        while (m.find()) {
            try {
                add(out, taken, m, LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), "day");
            } catch (java.time.DateTimeException ignored) {
                // not a date after all ("2026-13-45")
            }
        }
        for (Pattern p : List.of(MONTH_DAY, DAY_MONTH)) {
            m = p.matcher(sentence);
            while (m.find()) {
                boolean monthFirst = p == MONTH_DAY;
                Month month = month(m.group(monthFirst ? 1 : 2));
                int day = Integer.parseInt(m.group(monthFirst ? 2 : 1));
                if (month == null || day < 1 || day > month.maxLength()) continue;
                LocalDate d = m.group(3) != null ? safeDate(Integer.parseInt(m.group(3)), month, day) : nearest(today, month, day, future);
                if (d != null) add(out, taken, m, d, "day");
            }
        }
        m = MONTH_YEAR.matcher(sentence);
        while (m.find()) {
            Month month = month(m.group(1));
            if (month != null) add(out, taken, m, LocalDate.of(Integer.parseInt(m.group(2)), month, 1), "month");
        }
        m = YEAR.matcher(sentence);
        while (m.find()) add(out, taken, m, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), "year");
        m = WEEKDAY.matcher(sentence);
        while (m.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            LocalDate d = switch (mod) {
                case "last" -> today.with(TemporalAdjusters.previous(dow));
                case "next" -> today.with(TemporalAdjusters.next(dow));
                case "this" -> future ? today.with(TemporalAdjusters.nextOrSame(dow)) : today.with(TemporalAdjusters.previousOrSame(dow));
                case "until", "by" -> today.with(TemporalAdjusters.nextOrSame(dow));
                default -> future ? today.with(TemporalAdjusters.next(dow)) : today.with(TemporalAdjusters.previousOrSame(dow));
            };
            add(out, taken, m, d, "day");
        }
        m = RELATIVE.matcher(sentence);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate d = switch (w) {
                case "yesterday", "last night" -> today.minusDays(1);
                case "tomorrow" -> today.plusDays(1);
                default -> today;
            };
            add(out, taken, m, d, "day");
        }
        out.sort(java.util.Comparator.comparingInt(Stated::start));
        return out;
    }

    private static void add(List<Stated> out, boolean[] taken, Matcher m, LocalDate date, String precision) {
        for (int i = m.start(); i < m.end(); i++) if (taken[i]) return; // part of a longer date found before
        for (int i = m.start(); i < m.end(); i++) taken[i] = true;
        out.add(new Stated(date, precision, m.group().strip(), m.start()));
    }

    /** A month and day without a year: the one nearest the publication date, ahead of it when the sentence looks ahead. */
    private static LocalDate nearest(LocalDate today, Month month, int day, boolean future) {
        LocalDate best = null;
        for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
            LocalDate d = safeDate(y, month, day);
            if (d == null) continue;
            long distance = Math.abs(d.toEpochDay() - today.toEpochDay());
            if (!future && d.isAfter(today.plusDays(7))) distance += 400; // reports speak of the past unless they say otherwise
            if (best == null || distance < Math.abs(best.toEpochDay() - today.toEpochDay())
                    + (!future && best.isAfter(today.plusDays(7)) ? 400 : 0)) {
                best = d;
            }
        }
        return best;
    }

    private static LocalDate safeDate(int y, Month month, int day) {
        return day <= month.length(java.time.Year.isLeap(y)) ? LocalDate.of(y, month, day) : null;
    }

    private static Month month(String written) {
        String key = written.toLowerCase(Locale.ROOT).replace(".", "");
        return MONTH_NAMES.get(key.length() >= 3 ? key.substring(0, 3) : key);
    }
}
