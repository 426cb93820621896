package dev.newsloom.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The day in an article's own address ("/2025/12/18/slug", "/2023/october/03/slug"). Publishing
 * systems write it when the article goes out, in the publisher's own time zone, so it settles
 * what a declared date leaves open: the local day of a time declared in UTC, and the order of
 * day and month in "03/10/2023". It never replaces a declared date further away than that: an
 * address can outlive a re-dated article.
 */
final class UrlDates {
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");
    private static final Pattern DAY_PATH = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\d{1,2}|[a-z]{3,9})/(\\d{1,2})(?=/|$|[?#.])", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private UrlDates() {}

    /** The date in the address's path, or null when it has none (a year and month alone are no day). */
    static LocalDate in(String url) {
        if (url == null) return null;
        String path = SCHEME_AND_HOST.matcher(url).replaceFirst("");
        Matcher m = DAY_PATH.matcher(path);
        if (!m.find()) return null;
        String month = m.group(2).toLowerCase(Locale.ROOT);
        int mo = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : monthNamed(month);
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), mo, Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null; // "/2024/99/12/" is no date
        }
    }

    private static int monthNamed(String name) {
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).equals(name) || MONTHS.get(i).substring(0, 3).equals(name)) return i + 1;
        }
        return 0;
    }

    /** A publication time and the offset to show it at. */
    record Dated(Instant instant, ZoneOffset offset) {}

    /**
     * The published time reconciled with the address's day: unchanged when they agree or the
     * address has no day; the address's day when the date read has day and month the other way
     * round; the same instant at the page's own offset when that puts it on the address's day
     * (a UTC time after midnight there is the evening before at the publisher's).
     */
    static Dated reconcile(Document doc, String url, Instant published, ZoneOffset offset) {
        LocalDate day = in(url);
        if (day == null || published == null) return new Dated(published, offset);
        LocalDate read = published.atOffset(offset == null ? ZoneOffset.UTC : offset).toLocalDate();
        if (read.equals(day)) return new Dated(published, offset);
        if (read.getYear() == day.getYear() && read.getMonthValue() == day.getDayOfMonth() && read.getDayOfMonth() == day.getMonthValue()) {
            return new Dated(day.atStartOfDay().toInstant(ZoneOffset.UTC), null);
        }
        if (Math.abs(read.toEpochDay() - day.toEpochDay()) == 1) {
            for (ZoneOffset own : pageOffsets(doc)) {
                if (published.atOffset(own).toLocalDate().equals(day)) return new Dated(published, own);
            }
        }
        return new Dated(published, offset);
    }

    /** The offsets the page writes its machine times with ({@code <time datetime>}, meta dates): the publisher's zone. */
    private static List<ZoneOffset> pageOffsets(Document doc) {
        List<ZoneOffset> offsets = new ArrayList<>();
        for (Element t : PageIndex.of(doc).tag("time")) add(offsets, t.attr("datetime"));
        for (Element m : PageIndex.of(doc).metas()) {
            String v = m.attr("content");
            if (v.length() >= 16 && v.length() <= 40 && Character.isDigit(v.charAt(0)) && v.indexOf('T') == 10) add(offsets, v);
        }
        return offsets;
    }

    private static void add(List<ZoneOffset> offsets, String raw) {
        ZoneOffset o = raw == null || raw.isBlank() ? null : Dates.offset(raw);
        if (o != null && !o.equals(ZoneOffset.UTC) && !offsets.contains(o)) offsets.add(o);
    }
}
