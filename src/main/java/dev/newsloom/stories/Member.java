package dev.newsloom.stories;

import java.time.Instant;
import java.util.Set;

/** What the engine keeps of one article: enough to compare it, never its text. */
final class Member {
    final String id;
    final String title;
    final Instant time;
    final String source;
    final byte[] embedding;
    final SparseVector terms;
    final Set<String> entities;
    final long[] minhash;
    String story;
    String duplicateOf;

    Member(String id, String title, Instant time, String source, byte[] embedding, SparseVector terms, Set<String> entities,
           long[] minhash) {
        this.id = id;
        this.title = title;
        this.time = time;
        this.source = source;
        this.embedding = embedding;
        this.terms = terms;
        this.entities = entities;
        this.minhash = minhash;
    }
}
