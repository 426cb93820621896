package dev.newsloom.web;

import dev.newsloom.community.TextSpan;
import java.util.List;

/** What the account, comment, follow and moderation templates show, already made safe and formatted. */
public final class CommunityViews {
    private CommunityViews() {}

    /** A page that only says something: a refusal, a confirmation. */
    public record Message(String title, String text, String linkHref, String linkLabel) {}

    /** The sign-up or sign-in form; {@code name} is what was typed (shown again, escaped), {@code error} or null. */
    public record AuthForm(boolean signup, String csrf, String name, String next, String error) {}

    public record SettingsPage(String csrf, String name, String role, String since, boolean hasFeed, String newFeedUrl,
            int sessions, String passwordError, String deleteError) {}

    /** A comment as the thread shows it. Text comes as paragraphs of spans: the template escapes every one. */
    public record CommentItem(long id, String author, String isoTime, String relativeTime, String absoluteTime, boolean edited,
            List<List<TextSpan>> paragraphs, String heldNote, String placeholder, boolean own, boolean canEdit,
            boolean canReply, boolean canReport, String editText, List<CommentItem> replies, String hiddenNote) {}

    /**
     * The comments block of an article or story page.
     *
     * @param order "oldest" or "newest"
     */
    public record CommentsView(String kind, String targetId, String order, String oldestHref, String newestHref,
            List<CommentItem> items, int count, boolean signedIn, boolean canPost, String csrf, String loginHref,
            String signupHref, String bannedNote, int maxChars, int editMinutes, List<String> reportReasons) {}

    /** What to show when a comment could not be posted: the reason, and the text to try again with. */
    public record Retry(String title, String error, String action, String kind, String target, String parent, String text,
            String backHref, String csrf, int maxChars) {}

    /** A follow button; whether the viewer already follows is asked of {@link Viewer} in the template. */
    public record FollowButton(String kind, String key, String label) {}

    public record ForYouRow(ArticleCard card, String storyHref, int storySources, int storyArticles, int folded, List<String> because) {}

    public record FollowRow(String kind, String key, String label, String href) {}

    public record ForYouPage(List<ForYouRow> rows, List<FollowRow> follows, String csrf, boolean hasFeed) {}

    /**
     * @param href      the comment where it stands, or null when what it was on is gone
     * @param where     what it was written on ("the article", "the story")
     * @param whereName that article's or story's title, the link's text
     */
    public record ModItem(long id, String author, String href, String isoTime, String relativeTime, List<List<TextSpan>> paragraphs,
            String why, int reports, List<String> reportLines, String where, String whereName) {}

    public record BannedRow(String name, String since, String reason, String by) {}

    public record LogRow(String isoTime, String absoluteTime, String moderator, String action, String target, String detail) {}

    public record StaffRow(String name, String role) {}

    public record ModerationPage(String csrf, boolean admin, List<ModItem> held, List<ModItem> reported, List<ModItem> hidden,
            List<BannedRow> banned, List<String> words, List<LogRow> log, List<StaffRow> staff, String error) {}
}
