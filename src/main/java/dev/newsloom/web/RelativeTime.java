package dev.newsloom.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "an hour ago" style phrases, the way readers skim a news list. */
public final class RelativeTime {
    private static final DateTimeFormatter ABSOLUTE =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private RelativeTime() {}

    public static String format(Instant time, Instant now) {
        if (time == null) return "";
        Duration d = Duration.between(time, now);
        if (d.isNegative()) d = Duration.ZERO; // a publisher's clock a little ahead of ours
        long s = d.toSeconds();
        if (s < 45) return "just now";
        if (s < 90) return "a minute ago";
        long m = d.toMinutes();
        if (m < 45) return Math.max(2, Math.round(s / 60.0)) + " minutes ago";
        if (m < 90) return "an hour ago";
        long h = Math.round(m / 60.0);
        if (h < 22) return h + " hours ago";
        if (h < 36) return "a day ago";
        long days = Math.round(h / 24.0);
        if (days < 26) return days + " days ago";
        return DATE.format(time);
    }

    public static String absolute(Instant time) {
        return time == null ? "" : ABSOLUTE.format(time);
    }

    /** The value of a {@code <time datetime>} attribute. */
    public static String iso(Instant time) {
        return time == null ? "" : DateTimeFormatter.ISO_INSTANT.format(time);
    }
}
