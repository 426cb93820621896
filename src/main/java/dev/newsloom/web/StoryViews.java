package dev.newsloom.web;

import java.util.List;

/** What story pages and blocks show, already made safe and formatted. */
public final class StoryViews {
    private StoryViews() {}

    /** A story on the home page: its lead article and how widely it is covered. */
    public record TopStory(String href, String title, int sourceCount, int articleCount, ArticleCard lead) {}

    /** The link from an article to the full coverage of its story. */
    public record StoryLink(String href, int sourceCount, int articleCount) {}

    /** One publisher's articles in a story, newest first. */
    public record SourceGroup(String sourceName, String sourceHref, List<StoryItem> items) {}

    /** An article in a story, with the publishers that ran the same copy. */
    public record StoryItem(ArticleCard card, List<TagLink> alsoPublishedBy) {}

    /** When a publisher first reported the story. */
    public record TimelineRow(String sourceName, String href, String isoTime, String relativeTime, String absoluteTime) {}

    public record StoryPage(String id, String title, String isoFirst, String relativeFirst, String isoLast, String relativeLast,
                            int sourceCount, int articleCount, List<TagLink> hashtags, List<TimelineRow> timeline,
                            List<SourceGroup> groups) {}
}
