package dev.newsloom.extract;

import java.time.Instant;

/**
 * What a page says about itself in its head and markup, before the body is looked at.
 * {@code bylineLine} is the visible byline as written ("By Ana Vel, AFP, 21 Nov"), for credits;
 * {@code declaredTitle} the headline the page declares (JSON-LD, OpenGraph, Twitter, microdata), if any.
 */
record Metadata(String url, String title, String declaredTitle, String byline, Instant published, Instant modified, String lang,
        String image, String imageCaption, String siteName, String description, String section, String jsonLdBody,
        String jsonLdAuthorOrg, String bylineLine, java.time.ZoneOffset offset) {}
