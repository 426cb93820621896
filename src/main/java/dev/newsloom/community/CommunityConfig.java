package dev.newsloom.community;

import java.time.Duration;

/**
 * Limits of the community features. The defaults are what the site runs with (README.md lists
 * them); tests tighten or loosen single values with the {@code with...} methods.
 */
public record CommunityConfig(
        int loginFailuresPerAccount,
        int loginFailuresPerAddress,
        Duration loginWindow,
        int signupsPerAddress,
        Duration signupWindow,
        int commentsPerBurst,
        Duration burstWindow,
        int commentsPerDay,
        int reportsPerHour,
        Duration editWindow,
        Duration newAccountAge,
        int reportsToHold,
        Duration sessionLifetime,
        int maxCommentChars,
        int maxFollows) {

    public static CommunityConfig defaults() {
        return new CommunityConfig(5, 30, Duration.ofMinutes(15), 5, Duration.ofHours(1), 5, Duration.ofMinutes(10), 50, 20,
                Duration.ofMinutes(15), Duration.ofDays(3), 3, Duration.ofDays(30), 5000, 500);
    }

    public CommunityConfig withSignupsPerAddress(int n) {
        return new CommunityConfig(loginFailuresPerAccount, loginFailuresPerAddress, loginWindow, n, signupWindow,
                commentsPerBurst, burstWindow, commentsPerDay, reportsPerHour, editWindow, newAccountAge, reportsToHold,
                sessionLifetime, maxCommentChars, maxFollows);
    }

    public CommunityConfig withLoginFailuresPerAddress(int n) {
        return new CommunityConfig(loginFailuresPerAccount, n, loginWindow, signupsPerAddress, signupWindow,
                commentsPerBurst, burstWindow, commentsPerDay, reportsPerHour, editWindow, newAccountAge, reportsToHold,
                sessionLifetime, maxCommentChars, maxFollows);
    }

    public CommunityConfig withCommentsPerBurst(int n) {
        return new CommunityConfig(loginFailuresPerAccount, loginFailuresPerAddress, loginWindow, signupsPerAddress, signupWindow,
                n, burstWindow, commentsPerDay, reportsPerHour, editWindow, newAccountAge, reportsToHold,
                sessionLifetime, maxCommentChars, maxFollows);
    }
}
