package dev.newsloom.model;

/** One block of an article's body: its plain text and what it is. */
public record Block(BlockKind kind, String text) {}
