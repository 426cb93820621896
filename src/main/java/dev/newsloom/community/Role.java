package dev.newsloom.community;

import java.util.Locale;
import java.util.Optional;

/** What an account may do; each role can do everything the ones before it can. */
public enum Role {
    READER, MODERATOR, ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromSlug(String s) {
        if (s == null) return Optional.empty();
        for (Role r : values()) if (r.slug().equals(s.strip().toLowerCase(Locale.ROOT))) return Optional.of(r);
        return Optional.empty();
    }
}
