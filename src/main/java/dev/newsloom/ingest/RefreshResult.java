package dev.newsloom.ingest;

/** What one refresh of one source did; {@code error} is null on success. */
public record RefreshResult(long sourceId, int newArticles, boolean notModified, String error) {
    public boolean ok() {
        return error == null;
    }
}
