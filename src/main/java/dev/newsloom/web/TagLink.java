package dev.newsloom.web;

/** A link to a hashtag or category page. */
public record TagLink(String label, String href) {}
