package dev.newsloom.stories;

import java.time.Instant;

/** What the engine keeps of one article: enough to compare it, never its text. */
final class Member {
    final String id;
    final String title;
    final Instant time;
    final String source;
    final byte[] embedding;
    /** The embedding's length, kept so a scan over many articles computes only dot products. */
    final float embeddingNorm;
    final SparseVector terms;
    /** The names and numbers among the terms: what tells two look-alike events apart. */
    final SparseVector names;
    final long[] minhash;
    /** The years its text mentions (see {@link Years}). */
    final int[] years;
    String story;
    String duplicateOf;

    Member(String id, String title, Instant time, String source, byte[] embedding, SparseVector terms, SparseVector names,
           long[] minhash) {
        this(id, title, time, source, embedding, terms, names, minhash, new int[0]);
    }

    Member(String id, String title, Instant time, String source, byte[] embedding, SparseVector terms, SparseVector names,
           long[] minhash, int[] years) {
        this.id = id;
        this.title = title;
        this.time = time;
        this.source = source;
        this.embedding = embedding;
        this.embeddingNorm = Vectors.norm(embedding);
        this.terms = terms;
        this.names = names;
        this.minhash = minhash;
        this.years = years;
    }
}
