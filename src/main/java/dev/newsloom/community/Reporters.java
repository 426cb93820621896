package dev.newsloom.community;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many independent readers reported a comment, which is what holds it for a moderator: three
 * accounts made minutes ago from one address are one person as far as hiding someone's comment
 * goes. Reporters are one when they share a network (the one they signed up from or the one they
 * reported from, either way round), and all accounts younger than the new-account age together
 * count as one. Every report still reaches the moderators' list; only the automatic hold waits.
 */
public final class Reporters {
    /** Who sent one report: the account's age and the networks ({@link Networks#of}) it is known by, null when unknown. */
    public record Reporter(long userId, Instant accountCreated, String signupNetwork, String reportNetwork) {}

    private Reporters() {}

    public static int independent(List<Reporter> reporters, Instant now, Duration newAccountAge) {
        Map<String, String> parent = new HashMap<>();
        for (Reporter r : reporters) {
            String self = find(parent, "user:" + r.userId());
            if (Duration.between(r.accountCreated(), now).compareTo(newAccountAge) < 0) union(parent, self, "new accounts");
            if (r.signupNetwork() != null) union(parent, self, "network:" + r.signupNetwork());
            if (r.reportNetwork() != null) union(parent, self, "network:" + r.reportNetwork());
        }
        return (int) reporters.stream().map(r -> find(parent, "user:" + r.userId())).distinct().count();
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.computeIfAbsent(x, k -> k);
        if (p.equals(x)) return x;
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }
}
