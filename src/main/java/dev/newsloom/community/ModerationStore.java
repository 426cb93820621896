package dev.newsloom.community;

import java.time.Instant;
import java.util.List;

/** The moderation log and the blocked words (implemented by {@code store}). */
public interface ModerationStore {
    void log(Instant at, String moderator, String action, Long commentId, String userName, String detail);

    List<LogEntry> recent(int limit);

    List<String> words();

    /** False when the word was already listed. */
    boolean addWord(String word, String by, Instant at);

    boolean removeWord(String word);
}
