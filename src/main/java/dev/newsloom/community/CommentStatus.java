package dev.newsloom.community;

import java.util.Locale;

/** VISIBLE to all; HELD for a moderator (seen by its author); HIDDEN by a moderator; DELETED (text gone). */
public enum CommentStatus {
    VISIBLE, HELD, HIDDEN, DELETED;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CommentStatus fromSlug(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
