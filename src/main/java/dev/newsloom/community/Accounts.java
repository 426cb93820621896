package dev.newsloom.community;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Signing up and in, passwords, roles, the private feed's secret, and closing an account. */
public final class Accounts {
    private final UserStore users;
    private final Sessions sessions;
    private final RateEvents events;
    private final CommentStore comments;
    private final PasswordHasher hasher;
    private final CommunityConfig config;
    private final Clock clock;

    public Accounts(UserStore users, Sessions sessions, RateEvents events, CommentStore comments, PasswordHasher hasher,
            CommunityConfig config, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.events = events;
        this.comments = comments;
        this.hasher = hasher;
        this.config = config;
        this.clock = clock;
    }

    /** A reader's own sign-up, limited per network address; signs them in. */
    public SignedIn signUp(String name, char[] password, String address) {
        Instant now = clock.instant();
        String key = "signup:address:" + address;
        Limits.check(events, key, config.signupsPerAddress(), config.signupWindow(), now,
                "Too many accounts were created from your network recently.");
        User user = create(name, password, Role.READER, Networks.of(address));
        events.record(key, now);
        return sessions.open(user);
    }

    /** Creates an account with any role (the operator's {@code newsloom user add}). */
    public User create(String name, char[] password, Role role) {
        return create(name, password, role, null);
    }

    private User create(String name, char[] password, Role role, String network) {
        String shown = checkAvailable(name);
        Names.checkPassword(password, shown);
        String hash = hasher.hash(password);
        return users.create(shown, Names.key(shown), Names.skeleton(shown), hash, role, clock.instant(), network)
                .orElseThrow(() -> taken(shown, null));
    }

    /**
     * The name as it would be shown, if a new account may take it: well formed, of one script, and
     * neither it nor a name that looks the same ("аlice_r" with a Cyrillic а for "alice_r") taken.
     */
    public String checkAvailable(String name) {
        String shown = Names.checkName(name);
        if (users.findByKey(Names.key(shown)).isPresent()) throw taken(shown, null);
        users.findBySkeleton(Names.skeleton(shown)).ifPresent(other -> {
            throw taken(shown, other.name());
        });
        Names.checkScripts(shown);
        return shown;
    }

    /**
     * Gives accounts made before names had skeletons theirs, oldest first, so a new look-alike of
     * them is refused; an old look-alike of an older account keeps its name and its sign-in. Returns
     * how many got one.
     */
    public int fillSkeletons() {
        int n = 0;
        for (var e : users.withoutSkeleton().entrySet()) {
            if (users.setSkeleton(e.getKey(), Names.skeleton(e.getValue()))) n++;
        }
        return n;
    }

    private static AccountException taken(String name, String lookalike) {
        return new AccountException(AccountException.Kind.CONFLICT, "The name " + name + " is taken"
                + (lookalike == null || lookalike.equals(name) ? "." : ": it looks the same as " + lookalike + "."));
    }

    /**
     * Checks the password and opens a new session. Failures count against the account and the
     * address; past either limit every attempt is refused, right or wrong, until the window moves on.
     */
    public SignedIn logIn(String name, char[] password, String address) {
        Instant now = clock.instant();
        String nameKey = Names.key(name == null ? "" : name);
        String accountKey = "login:account:" + nameKey, addressKey = "login:address:" + address;
        Limits.check(events, accountKey, config.loginFailuresPerAccount(), config.loginWindow(), now,
                "Too many failed sign-ins for this account.");
        Limits.check(events, addressKey, config.loginFailuresPerAddress(), config.loginWindow(), now,
                "Too many failed sign-ins from your network.");
        Optional<User> found = nameKey.isEmpty() || password.length > Names.MAX_PASSWORD ? Optional.empty() : users.findByKey(nameKey);
        boolean ok;
        if (found.isPresent()) {
            ok = hasher.verify(password, found.get().passwordHash());
        } else {
            hasher.verifyNothing(password); // an unknown name costs the same time as a wrong password
            ok = false;
        }
        if (!ok) {
            events.record(accountKey, now);
            events.record(addressKey, now);
            throw new AccountException(AccountException.Kind.WRONG_CREDENTIALS, "The name or the password is wrong.");
        }
        User user = found.get();
        if (user.banned()) {
            throw new AccountException(AccountException.Kind.BANNED, "This account is banned"
                    + (user.banReason() == null || user.banReason().isBlank() ? "." : ": " + user.banReason()));
        }
        events.clear(accountKey);
        if (hasher.needsRehash(user.passwordHash())) users.setPasswordHash(user.id(), hasher.hash(password));
        return sessions.open(user);
    }

    /** Changes the password and signs every other browser out; the caller's session is replaced by a new one. */
    public SignedIn changePassword(Session session, char[] current, char[] next) {
        User user = users.find(session.user().id()).orElseThrow(Accounts::gone);
        if (!verifyThrottled(user, current)) {
            throw new AccountException(AccountException.Kind.WRONG_CREDENTIALS, "The current password is wrong.");
        }
        Names.checkPassword(next, user.name());
        users.setPasswordHash(user.id(), hasher.hash(next));
        sessions.closeAll(user.id());
        return sessions.open(users.find(user.id()).orElseThrow(Accounts::gone));
    }

    /**
     * Closes the account for good: sessions, follows, reports and the private feed go; comments
     * lose their text and author (a deleted comment that has replies stays as a placeholder).
     */
    public void delete(Session session, char[] password) {
        User user = users.find(session.user().id()).orElseThrow(Accounts::gone);
        if (!verifyThrottled(user, password)) {
            throw new AccountException(AccountException.Kind.WRONG_CREDENTIALS, "The password is wrong; the account was kept.");
        }
        if (user.role() == Role.ADMIN && users.countByRole(Role.ADMIN) == 1) {
            throw new AccountException(AccountException.Kind.FORBIDDEN,
                    "You are the only administrator. Make someone else an administrator first (newsloom user role NAME admin).");
        }
        comments.scrubAuthor(user.id());
        users.delete(user.id());
    }

    /**
     * Checks the password of a signed-in reader (settings' password change and account deletion)
     * under the sign-in lock: a session left open on a shared computer must not give unlimited
     * guesses (each an Argon2id hash) at the password that guards the account. Failures count
     * toward the same lock as failed sign-ins.
     */
    private boolean verifyThrottled(User user, char[] password) {
        Instant now = clock.instant();
        String key = "login:account:" + Names.key(user.name());
        Limits.check(events, key, config.loginFailuresPerAccount(), config.loginWindow(), now,
                "Too many wrong passwords for this account.");
        if (password.length <= Names.MAX_PASSWORD && hasher.verify(password, user.passwordHash())) {
            events.clear(key);
            return true;
        }
        events.record(key, now);
        return false;
    }

    /**
     * The operator's reset of a forgotten password (there is no e-mail to send a link to); signs the
     * account out everywhere and lifts its sign-in lock: a reader who locked themselves out by
     * guessing is exactly the one who asks for a new password.
     */
    public void resetPassword(String name, char[] password) {
        User user = existing(name);
        Names.checkPassword(password, user.name());
        users.setPasswordHash(user.id(), hasher.hash(password));
        sessions.closeAll(user.id());
        unlock(user.name());
    }

    /**
     * Forgets the account's failed sign-ins, so the lock they caused ends now; says whether there
     * were any. The per-address count stays: it is about the network, not the account.
     */
    public boolean unlock(String name) {
        User user = existing(name);
        String key = "login:account:" + Names.key(user.name());
        boolean locked = events.count(key, clock.instant().minus(config.loginWindow())) > 0;
        events.clear(key);
        return locked;
    }

    /** The account of that name, or an {@link AccountException} of kind NOT_FOUND saying there is none. */
    public User existing(String name) {
        return users.findByKey(Names.key(name == null ? "" : name)).orElseThrow(() -> notFound(name));
    }

    public void setRole(String name, Role role) {
        User user = users.findByKey(Names.key(name)).orElseThrow(() -> notFound(name));
        if (user.role() == Role.ADMIN && role != Role.ADMIN && users.countByRole(Role.ADMIN) == 1) {
            throw new AccountException(AccountException.Kind.FORBIDDEN, user.name() + " is the only administrator.");
        }
        users.setRole(user.id(), role);
    }

    /** A new secret for the reader's private feed; any earlier address stops working. */
    public String newFeedToken(User user) {
        String token = Tokens.random();
        users.setFeedTokenHash(user.id(), Tokens.hash(token));
        return token;
    }

    public void revokeFeed(User user) {
        users.setFeedTokenHash(user.id(), null);
    }

    public Optional<User> byFeedToken(String token) {
        String t = Tokens.wellFormed(token);
        return t == null ? Optional.empty() : users.findByFeedTokenHash(Tokens.hash(t)).filter(u -> !u.banned());
    }

    public Optional<User> find(long id) {
        return users.find(id);
    }

    public Optional<User> findByName(String name) {
        return name == null || name.isBlank() ? Optional.empty() : users.findByKey(Names.key(name));
    }

    public List<User> all() {
        return users.all();
    }

    static AccountException notFound(String name) {
        return new AccountException(AccountException.Kind.NOT_FOUND, "There is no account named " + name + ".");
    }

    private static AccountException gone() {
        return new AccountException(AccountException.Kind.NOT_FOUND, "This account no longer exists.");
    }

    /** Overwrites a password the caller no longer needs. */
    public static void wipe(char[] password) {
        if (password != null) Arrays.fill(password, '\0');
    }
}
