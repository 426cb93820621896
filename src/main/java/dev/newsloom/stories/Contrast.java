package dev.newsloom.stories;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * Term weights that bring out what tells look-alike events apart. Two earthquakes, two rehab
 * stays or two playoff wins share their words; among a group of articles, the words nearly all of
 * them use name the kind of event, and the words only some use (the place, the people, the
 * figures) name the event. A term is weighed by how few of the group have it, like an inverse
 * document frequency computed over the group instead of over everything.
 */
final class Contrast implements IntToDoubleFunction {
    private final Map<Integer, Integer> frequency;
    private final double size;
    private final double smoothing;

    private Contrast(Map<Integer, Integer> frequency, double size, double smoothing) {
        this.frequency = frequency;
        this.size = size;
        this.smoothing = smoothing;
    }

    /**
     * @param smoothing added to a term's count among the group (and twice to the group's size):
     *                  1 for a neighbourhood, where a term absent from it is news; 0.5 inside a story
     */
    static Contrast among(Collection<Member> group, double smoothing) {
        Map<Integer, Integer> frequency = new HashMap<>();
        for (Member m : group) {
            for (int id : m.terms.ids()) frequency.merge(id, 1, Integer::sum);
        }
        return new Contrast(frequency, group.size(), smoothing);
    }

    @Override
    public double applyAsDouble(int term) {
        return Math.log((size + 2 * smoothing) / (frequency.getOrDefault(term, 0) + smoothing));
    }
}
