package dev.newsloom.community;

import java.time.Instant;

/**
 * An account. {@code bannedAt} is null unless a moderator banned it.
 *
 * @param passwordHash a PHC string ({@link PasswordHasher})
 */
public record User(long id, String name, Role role, Instant createdAt, String passwordHash, Instant bannedAt,
        String banReason, String bannedBy, boolean hasFeed) {

    public boolean banned() {
        return bannedAt != null;
    }

    public boolean isModerator() {
        return role.atLeast(Role.MODERATOR);
    }
}
