package dev.newsloom.community;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the site keeps about one reader, as plain maps and lists ready to write as JSON. */
public final class DataExport {
    private final UserStore users;
    private final Sessions sessions;
    private final CommentStore comments;
    private final FollowStore follows;
    private final Clock clock;

    public DataExport(UserStore users, Sessions sessions, CommentStore comments, FollowStore follows, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.comments = comments;
        this.follows = follows;
        this.clock = clock;
    }

    public Map<String, Object> of(User who, Session current) {
        User user = users.find(who.id()).orElseThrow();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exported_at", clock.instant().toString());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("name", user.name());
        account.put("role", user.role().slug());
        account.put("created_at", user.createdAt().toString());
        account.put("private_feed", user.hasFeed());
        // what is kept instead of the sign-up address: a one-way hash, used only to tell reporters apart
        users.signupNetwork(user.id()).ifPresent(n -> account.put("signup_network_hash", n));
        if (user.banned()) {
            account.put("banned_at", user.bannedAt().toString());
            account.put("ban_reason", user.banReason());
        }
        out.put("account", account);
        List<Map<String, Object>> cs = new ArrayList<>();
        for (Comment c : comments.byAuthor(user.id())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("on", c.target().kind().slug());
            m.put("target_id", c.target().id());
            m.put("reply_to", c.parentId());
            m.put("text", c.body());
            m.put("status", c.status().slug());
            if (c.status() == CommentStatus.HIDDEN && c.heldReason() != null) m.put("hidden_reason", c.heldReason());
            m.put("created_at", c.createdAt().toString());
            m.put("edited_at", c.editedAt() == null ? null : c.editedAt().toString());
            cs.add(m);
        }
        out.put("comments", cs);
        List<Map<String, Object>> rs = new ArrayList<>();
        for (Report r : comments.reportsBy(user.id())) {
            rs.add(Map.of("comment_id", r.commentId(), "reason", r.reason(), "at", r.at().toString()));
        }
        out.put("reports", rs);
        List<Map<String, Object>> fs = new ArrayList<>();
        for (Follow f : follows.of(user.id())) {
            fs.add(Map.of("kind", f.kind().slug(), "key", f.key(), "label", f.label(), "since", f.since().toString()));
        }
        out.put("follows", fs);
        List<Map<String, Object>> ss = new ArrayList<>();
        for (Session s : sessions.of(user.id())) {
            ss.add(Map.of("created_at", s.createdAt().toString(), "last_seen_at", s.lastSeenAt().toString(),
                    "expires_at", s.expiresAt().toString(), "this_browser", current != null && s.idHash().equals(current.idHash())));
        }
        out.put("sessions", ss);
        return out;
    }
}
