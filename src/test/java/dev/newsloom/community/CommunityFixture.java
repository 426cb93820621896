package dev.newsloom.community;

import dev.newsloom.store.CommentRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.FollowRepository;
import dev.newsloom.store.ModerationRepository;
import dev.newsloom.store.RateEventRepository;
import dev.newsloom.store.SessionRepository;
import dev.newsloom.store.UserRepository;
import java.time.Clock;

/** The community services over a real SQLite store, as cli.Application builds them. */
public final class CommunityFixture {
    private CommunityFixture() {}

    public static Community over(Database db, CommunityConfig config, Clock clock) {
        return Community.create(new UserRepository(db), new SessionRepository(db), new RateEventRepository(db),
                new CommentRepository(db), new ModerationRepository(db), new FollowRepository(db), new PasswordHasher(),
                config, clock);
    }
}
