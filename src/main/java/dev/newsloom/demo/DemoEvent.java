package dev.newsloom.demo;

import java.time.Instant;
import java.util.List;

/**
 * The ground truth of one demo event, for measuring what is said about it: its key facts (each
 * with a reader's question the fact answers), and the people, organisations and places in it.
 *
 * @param date  when it happened, in the world's nominal calendar (what "on {DAY}" in its articles means)
 */
public record DemoEvent(String id, String kind, String category, Instant date, List<Fact> facts, List<String> people,
                        List<String> organisations, List<String> places) {

    /** A number the coverage reports, and a question whose answer it is. */
    public record Fact(String value, String question) {}

    public DemoEvent {
        facts = List.copyOf(facts);
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
    }

    static DemoEvent of(Event e, Instant nominalStart) {
        List<Fact> facts = new java.util.ArrayList<>();
        List<EventKind.FactSpec> specs = e.kind().facts();
        for (int i = 0; i < specs.size(); i++) {
            String q = e.kind().questions().get(specs.get(i).slot());
            facts.add(new Fact(e.facts().get(i), q == null ? null : ProseGenerator.typography(EventGenerator.fill(q, e.slots()))));
        }
        return new DemoEvent(e.id(), e.kind().name(), e.kind().category(), nominalStart.plus(e.start()), facts,
                present(e, "P1", "P2", "P3"), present(e, "O1", "O2"), present(e, "PL1", "PL2"));
    }

    private static List<String> present(Event e, String... slots) {
        List<String> out = new java.util.ArrayList<>();
        for (String s : slots) if (e.slots().containsKey(s)) out.add(e.slots().get(s));
        return out;
    }
}
