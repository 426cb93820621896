package dev.newsloom.ai;

import java.util.List;

/**
 * How the sources' coverage differs: facts only some of them report, and figures they disagree on.
 *
 * @param sourceNames every publisher covering the story
 */
public record Coverage(List<String> sourceNames, List<Claim> onlySome, List<Difference> differences, List<SourceRef> sources) {
    public Coverage {
        sourceNames = List.copyOf(sourceNames);
        onlySome = List.copyOf(onlySome);
        differences = List.copyOf(differences);
        sources = List.copyOf(sources);
    }

    /** A fact, quoted from one report, with the publishers that report it and those that do not. */
    public record Claim(Cited text, List<String> reportedBy, List<String> notReportedBy) {
        public Claim {
            reportedBy = List.copyOf(reportedBy);
            notReportedBy = List.copyOf(notReportedBy);
        }
    }

    /** One fact told with different figures: each version with the publishers that give it. */
    public record Difference(List<Claim> versions) {
        public Difference {
            versions = List.copyOf(versions);
        }
    }
}
