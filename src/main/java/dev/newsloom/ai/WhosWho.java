package dev.newsloom.ai;

import java.util.List;

/** The people, organisations and places a story names, each with the sentence that best says who they are in it. */
public record WhosWho(List<Entry> people, List<Entry> organisations, List<Entry> places, List<SourceRef> sources) {
    public WhosWho {
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
        sources = List.copyOf(sources);
    }

    /**
     * @param type     "person", "organisation" or "place"
     * @param articles how many of the articles name it
     */
    public record Entry(String name, String type, int articles, Cited about) {}

    public boolean isEmpty() {
        return people.isEmpty() && organisations.isEmpty() && places.isEmpty();
    }
}
