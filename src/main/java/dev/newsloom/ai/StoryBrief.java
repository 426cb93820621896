package dev.newsloom.ai;

import java.time.Instant;
import java.util.List;

/**
 * A story summed up across its sources, each sentence quoted from one article and citing every
 * article that reports the same, and what the latest update adds.
 *
 * @param whatsNew null when the story has had only one update so far
 */
public record StoryBrief(List<Cited> brief, WhatsNew whatsNew, int articleCount, int sourceCount, List<SourceRef> sources) {
    public StoryBrief {
        brief = List.copyOf(brief);
        sources = List.copyOf(sources);
    }

    /**
     * What the story's latest update brings that earlier reports did not say.
     *
     * @param since      when the previous update appeared (its latest article)
     * @param latest     when the latest update began
     * @param reportedBy the publishers of the latest update
     * @param sentences  empty when the latest reports repeat what was known
     */
    public record WhatsNew(Instant since, Instant latest, List<String> reportedBy, List<Cited> sentences) {
        public WhatsNew {
            reportedBy = List.copyOf(reportedBy);
            sentences = List.copyOf(sentences);
        }
    }
}
