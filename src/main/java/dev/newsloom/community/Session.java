package dev.newsloom.community;

import java.time.Instant;

/** A signed-in browser. {@code idHash} is what the store keeps of the cookie's secret id. */
public record Session(String idHash, User user, String csrfToken, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {}
