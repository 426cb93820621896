package dev.newsloom.community;

import java.util.List;

/**
 * A top-level comment with its replies, oldest first. {@code placeholder} is true when the comment
 * itself is gone (deleted or hidden) but replies to it are shown.
 */
public record ThreadEntry(Comment comment, boolean placeholder, List<Comment> replies) {}
