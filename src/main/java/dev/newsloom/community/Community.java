package dev.newsloom.community;

import java.time.Clock;

/** The community services, built once from the store's implementations of this package's ports. */
public record Community(Accounts accounts, Sessions sessions, Comments comments, Moderation moderation, Follows follows,
        ForYou forYou, DataExport export, CommunityConfig config) {

    public static Community create(UserStore users, SessionStore sessionStore, RateEvents events, CommentStore comments,
            ModerationStore moderation, FollowStore follows, PasswordHasher hasher, CommunityConfig config, Clock clock) {
        Sessions sessions = new Sessions(sessionStore, config.sessionLifetime(), clock);
        Accounts accounts = new Accounts(users, sessions, events, comments, hasher, config, clock);
        accounts.fillSkeletons(); // once per store in practice: afterwards only old look-alikes are left without one
        return new Community(
                accounts,
                sessions,
                new Comments(comments, moderation, config, clock),
                new Moderation(comments, users, sessions, moderation, clock),
                new Follows(follows, config.maxFollows(), clock),
                new ForYou(follows, clock),
                new DataExport(users, sessions, comments, follows, clock),
                config);
    }
}
