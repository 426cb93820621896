package dev.newsloom.web;

import java.util.List;

/** What the AI panel and its pages show, already linked and formatted. */
public final class AiViews {
    private AiViews() {}

    /** A source an AI sentence cites: "[n]" linking to the article. */
    public record Source(int n, String href, String source, String title, String time) {
        public String label() {
            return "[" + n + "]";
        }
    }

    /** A sentence and its citation links. */
    public record Line(String text, List<Source> cites) {}

    public record Entity(String name, int articles, Line about) {}

    public record Dated(String iso, String label, String kind, boolean upcoming, String reportedBy, Line text) {}

    /** @param who who reports it, said the short way: "Only A and B" or "All but C" */
    public record Claim(Line text, String reportedBy, String notReportedBy, String who) {}

    /** How the text was made: by the extractive engine or by a model, and why not by the model when it failed. */
    public record Engine(String label, String note) {}

    /**
     * The panel's content. Article pages fill summary, key points and who's who; story pages the
     * brief (with what is new), who's who, timeline and compare coverage.
     */
    public record Body(boolean story, List<Line> summary, List<Line> keyPoints, boolean excerptOnly,
                       List<Line> brief, String newSince, String newBy, List<Line> whatsNew, boolean hasUpdate,
                       List<Entity> people, List<Entity> organisations, List<Entity> places,
                       List<Dated> timeline, List<Claim> onlySome, List<List<Claim>> differences, int sourceCount,
                       Engine engine, List<Source> sources) {
        public boolean hasNames() {
            return !people.isEmpty() || !organisations.isEmpty() || !places.isEmpty();
        }
    }

    /**
     * The panel on an article or story page.
     *
     * @param body         null while the results are being prepared
     * @param fragmentHref where the script fetches the ready body from
     * @param pageHref     the same as a page of its own, for readers without JavaScript
     * @param storyHref    on an article page, the story's full coverage (where its brief and timeline are), or null
     */
    public record Panel(boolean story, String subjectId, String fragmentHref, String pageHref, String askAction, Body body,
                        String storyHref) {
        public String pendingMessage() {
            return story ? "Preparing the story brief…" : "Preparing summary…";
        }
    }

    /**
     * @param from        what the quotes are introduced with: "From the coverage:", or, for an answer
     *                    taken from related coverage, that the articles asked do not answer it
     * @param fromRelated the quotes come from related coverage (other stories), not the articles asked
     */
    public record AnswerView(String question, boolean answered, String message, List<Line> quotes, List<Line> condensed,
                             List<Source> sources, Engine engine, String from, boolean fromRelated) {}

    /** The panel as a page of its own (no script needed); {@code refresh} reloads it while results are prepared. */
    public record AiPage(String title, String backHref, String backLabel, Panel panel, boolean refresh) {}

    public record AskPage(String title, String backHref, String backLabel, Panel panel, AnswerView answer) {}
}
