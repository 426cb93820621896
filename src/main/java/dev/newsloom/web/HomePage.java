package dev.newsloom.web;

import java.util.List;

public record HomePage(List<ArticleCard> cards, int sourceCount, String newerHref, String olderHref,
        Trends trending, List<TagLink> categories, List<StoryViews.TopStory> topStories) {}
