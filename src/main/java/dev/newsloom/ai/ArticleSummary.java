package dev.newsloom.ai;

import java.util.List;

/**
 * Two or three sentences that sum an article up and three to five key points, all quoted from it.
 *
 * @param excerptOnly only the publisher's teaser was available, so there may be less to say
 */
public record ArticleSummary(List<Cited> summary, List<Cited> keyPoints, List<SourceRef> sources, boolean excerptOnly) {
    public ArticleSummary {
        summary = List.copyOf(summary);
        keyPoints = List.copyOf(keyPoints);
        sources = List.copyOf(sources);
    }

    public boolean isEmpty() {
        return summary.isEmpty();
    }
}
