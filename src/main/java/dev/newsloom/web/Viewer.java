package dev.newsloom.web;

import dev.newsloom.community.Follow;
import dev.newsloom.community.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Who is looking at the page, for the parts of the layout every page shares (the header's
 * sign-in state, follow buttons, notices). Set for each request by {@link CommunityWeb} before
 * any handler runs, so templates read it without every page record carrying it.
 */
public final class Viewer {
    private static final ThreadLocal<Viewer> CURRENT = new ThreadLocal<>();
    /** Accounts are off (a site built without community features): no sign-in links at all. */
    static final Viewer NONE = new Viewer(false, null, null, null, "/", null, List::of);

    private final boolean accounts;
    private final String name;
    private final Role role;
    private final String csrf;
    private final String path;
    private final String notice;
    private final Supplier<List<Follow>> followsSource;
    private List<Follow> follows;

    Viewer(boolean accounts, String name, Role role, String csrf, String path, String notice, Supplier<List<Follow>> follows) {
        this.accounts = accounts;
        this.name = name;
        this.role = role;
        this.csrf = csrf;
        this.path = path;
        this.notice = notice;
        this.followsSource = follows;
    }

    public static Viewer current() {
        Viewer v = CURRENT.get();
        return v == null ? NONE : v;
    }

    static void set(Viewer v) {
        CURRENT.set(v);
    }

    static void clear() {
        CURRENT.remove();
    }

    public boolean accounts() {
        return accounts;
    }

    public boolean signedIn() {
        return name != null;
    }

    public String name() {
        return name;
    }

    public boolean moderator() {
        return role != null && role.atLeast(Role.MODERATOR);
    }

    public boolean admin() {
        return role == Role.ADMIN;
    }

    public String csrf() {
        return csrf;
    }

    /** The page's own address, encoded for a {@code ?next=} parameter. */
    public String next() {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    public String path() {
        return path;
    }

    /** A message from the previous step (posted, held, signed out ...), or null. */
    public String notice() {
        return notice;
    }

    public boolean follows(String kind, String key) {
        if (!signedIn()) return false;
        if (follows == null) follows = followsSource.get();
        String k = "hashtag".equals(kind) ? key.toLowerCase(Locale.ROOT) : key;
        return follows.stream().anyMatch(f -> f.kind().slug().equals(kind) && f.key().equals(k));
    }
}
