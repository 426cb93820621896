package dev.newsloom.web;

import java.util.List;

/** What the home page's trending block shows: hashtags as chips, stories as headlines. */
public record Trends(List<TagLink> hashtags, List<TagLink> stories) {
    static final Trends NONE = new Trends(List.of(), List.of());

    public boolean isEmpty() {
        return hashtags.isEmpty() && stories.isEmpty();
    }
}
