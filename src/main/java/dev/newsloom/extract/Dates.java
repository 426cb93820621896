package dev.newsloom.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates as pages write them, to instants: ISO-8601 with or without offset, date-only, RFC 1123, and as prose. */
final class Dates {
    private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    /** "December 19, 2025", "Dec. 19 2025", "19 December 2025", "2025-12-19", "2025/12/19". */
    // "Ana VelDecember 19, 2025": the texts of two elements run together, and the capital starts a new word
    static final java.util.regex.Pattern IN_TEXT = java.util.regex.Pattern.compile("(?i)(?:\\b|(?<=\\p{Ll})(?-i:(?=\\p{Lu})))(?:"
            + "(?<m1>" + MONTHS + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>(?:19|20)\\d{2})|"
            + "(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>" + MONTHS + "),?\\s+(?<y2>(?:19|20)\\d{2})|"
            + "(?<y3>(?:19|20)\\d{2})[-/.](?<m3>\\d{1,2})[-/.](?<d3>\\d{1,2})|"
            + "(?<a4>\\d{1,2})(?<s4>[/.])(?<b4>\\d{1,2})[/.](?<y4>(?:19|20)\\d{2}))\\b");
    private static final java.util.List<String> MONTH_NAMES = java.util.List.of("jan", "feb", "mar", "apr", "may", "jun",
            "jul", "aug", "sep", "oct", "nov", "dec");

    private Dates() {}

    /** The first calendar date written in a short text ("Updated Dec. 19, 2025 at 9:00"), as midnight UTC. */
    static Instant inText(String text) {
        if (text == null || !hasYear(text)) return null;
        // a machine date shown as it is ("2022-11-23T08:10+02:00"), at its own day
        String t = text.strip();
        if (t.length() <= 40 && !t.isEmpty() && Character.isDigit(t.charAt(0)) && t.indexOf('T') == 10) {
            Instant exact = machine(t);
            ZoneOffset offset = offset(t);
            if (exact != null) return exact.atOffset(offset == null ? ZoneOffset.UTC : offset).toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        java.util.regex.Matcher m = IN_TEXT.matcher(text);
        for (int from = 0; find(m, text, from); from = m.end()) {
            LocalDate d = dateOf(m);
            if (d != null) return d.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return null;
    }

    /** Whether a text writes the day in any of the forms above (or as ISO "2025-12-19"), anywhere in it. */
    static boolean writes(String text, LocalDate day) {
        if (text == null || !hasYear(text)) return false;
        if (text.contains(day.toString())) return true;
        java.util.regex.Matcher m = IN_TEXT.matcher(text);
        for (int from = 0; find(m, text, from); from = m.end()) {
            if (day.equals(dateOf(m)) || m.group("y4") != null && day.equals(swapped(m))) return true;
        }
        return false;
    }

    /**
     * The next match of {@link #IN_TEXT} at or after {@code from}, as {@code find()} would give it,
     * with the expression tried only at the few places where a match can start: every match
     * holds a year (four digits 19xx or 20xx) at or after its start, with at most three runs of
     * spaces between the two ("4 of July, 2025"; "2025-12-19" starts with its year). On a page's
     * whole text this skips the expression's attempt at every other character, which was most of
     * the time of {@link #writes}. Bounds are transparent, so the word boundaries and the
     * look-behind see the text before each start as {@code find()} does.
     */
    static boolean find(java.util.regex.Matcher m, String text, int from) {
        m.useTransparentBounds(true);
        int start = from;
        for (int year = nextYear(text, from); year >= 0; year = nextYear(text, year + 1)) {
            for (start = Math.max(start, wordsBefore(text, year, from)); start <= year; start++) {
                m.region(start, text.length());
                if (m.lookingAt()) return true;
            }
        }
        return false;
    }

    /** Where four digits 19xx or 20xx start, at or after {@code from}; -1 when nowhere. */
    private static int nextYear(String t, int from) {
        for (int i = from, n = t.length() - 3; i < n; i++) {
            char c = t.charAt(i);
            if ((c == '1' && t.charAt(i + 1) == '9' || c == '2' && t.charAt(i + 1) == '0')
                    && isDigit(t.charAt(i + 2)) && isDigit(t.charAt(i + 3))) {
                return i;
            }
        }
        return -1;
    }

    /** The start of the word three runs of {@code \s} before {@code at} (or of the text, or {@code floor}). */
    private static int wordsBefore(String t, int at, int floor) {
        int i = at;
        for (int runs = 0; ; runs++) {
            while (i > floor && !isSpace(t.charAt(i - 1))) i--;
            if (runs == 3 || i <= floor) return i;
            while (i > floor && isSpace(t.charAt(i - 1))) i--;
        }
    }

    /** {@code \d} and {@code \s} as the expression reads them (ASCII only). */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** "09.10.2024" read the other way round (month first): pages write both, and the reading above is only the likelier one. */
    private static LocalDate swapped(java.util.regex.Matcher m) {
        LocalDate d = dateOf(m);
        try {
            return d == null ? null : LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
        } catch (RuntimeException e) {
            return null; // a day after the 12th is no month
        }
    }

    /** The day a match of {@link #IN_TEXT} names, or null when it names none ("Feb 30"). */
    private static LocalDate dateOf(java.util.regex.Matcher m) {
        try {
            int y, mo, d;
            if (m.group("y1") != null) {
                y = Integer.parseInt(m.group("y1"));
                mo = month(m.group("m1"));
                d = Integer.parseInt(m.group("d1"));
            } else if (m.group("y2") != null) {
                y = Integer.parseInt(m.group("y2"));
                mo = month(m.group("m2"));
                d = Integer.parseInt(m.group("d2"));
            } else if (m.group("y4") != null) {
                // 23.07.2025 is day first; 10/31/2024 is month first unless the first number cannot be a month
                y = Integer.parseInt(m.group("y4"));
                int a = Integer.parseInt(m.group("a4")), b = Integer.parseInt(m.group("b4"));
                boolean dayFirst = m.group("s4").equals(".") || a > 12;
                mo = dayFirst ? b : a;
                d = dayFirst ? a : b;
            } else {
                y = Integer.parseInt(m.group("y3"));
                mo = Integer.parseInt(m.group("m3"));
                d = Integer.parseInt(m.group("d3"));
            }
            return LocalDate.of(y, mo, d);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether the day a page shows by its headline is more than a day before the day it declares:
     * an article was not published after the date it shows, and a declared date that late is a
     * migration's or a rebuild's stamp. One day apart is the same moment seen in two time zones,
     * and the declared time, which has the hour, stays.
     */
    static boolean shownEarlier(Instant shownDay, Instant declared, ZoneOffset declaredOffset) {
        if (shownDay == null || declared == null) return false;
        LocalDate shown = shownDay.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate declaredDay = declared.atOffset(declaredOffset == null ? ZoneOffset.UTC : declaredOffset).toLocalDate();
        // a day before the one the declared moment falls on in the westernmost zone is no time zone's reading of it
        LocalDate westernmost = declared.atOffset(WESTERNMOST).toLocalDate();
        return shown.plusDays(1).isBefore(declaredDay) || shown.isBefore(westernmost);
    }

    private static final ZoneOffset WESTERNMOST = ZoneOffset.ofHours(-12);

    /** Whether four digits from 19xx or 20xx stand in the text: every form above has a year, and most texts have none. */
    private static boolean hasYear(String t) {
        for (int i = 0, n = t.length() - 3; i < n; i++) {
            char c = t.charAt(i);
            if ((c == '1' && t.charAt(i + 1) == '9' || c == '2' && t.charAt(i + 1) == '0')
                    && Character.isDigit(t.charAt(i + 2)) && Character.isDigit(t.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static int month(String name) {
        return MONTH_NAMES.indexOf(name.toLowerCase(java.util.Locale.ROOT).substring(0, 3)) + 1;
    }

    /** The offset a date was written with ("+05:30"), or null when it had none. */
    static ZoneOffset offset(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).getOffset();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]Z")).getOffset();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).getOffset();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    /** The offset a date was written with, or UTC. */
    static ZoneOffset offsetOr(String raw) {
        ZoneOffset o = offset(raw);
        return o == null ? ZoneOffset.UTC : o;
    }

    /** A date in any form pages declare: the machine forms below, or, in a short value, a date written out ("July 17, 2025"). */
    static Instant parse(String raw) {
        Instant machine = machine(raw);
        if (machine != null || raw == null) return machine;
        String s = raw.strip();
        return s.length() <= 40 && s.length() >= 8 && !s.contains("{") ? inText(s) : null;
    }

    private static Instant machine(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty()) return null;
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            // "+0100" offsets without a colon
            return OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]Z")).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}
