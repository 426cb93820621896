package dev.newsloom.ai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A story's timeline from two kinds of dates: when each article appeared, with the development it
 * was first to report, and the dates its sentences state (resolved against the article's
 * publication time). A development told by several articles is shown once, citing them all.
 */
final class TimelineBuilder {
    static final int MAX_REPORTED = 8, MAX_STATED = 6;
    private static final double SAME = 0.80;

    private static final class Draft {
        final Instant when;
        final String precision, kind;
        final int item;
        final List<Integer> docs = new ArrayList<>();
        final double score;

        Draft(Instant when, String precision, String kind, int item, int doc, double score) {
            this.when = when;
            this.precision = precision;
            this.kind = kind;
            this.item = item;
            this.docs.add(doc);
            this.score = score;
        }
    }

    Timeline build(SentencePool pool) {
        Citations citations = new Citations(pool.docs);
        if (pool.isEmpty()) return new Timeline(List.of(), List.of());
        double[] score = Summarizer.scores(pool);
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < pool.docs.size(); d++) if (pool.docs.get(d).published() != null) order.add(d);
        order.sort(Comparator.comparing(d -> pool.docs.get(d).published()));
        Instant latest = order.isEmpty() ? null : pool.docs.get(order.get(order.size() - 1)).published();

        List<Draft> shown = new ArrayList<>();
        for (int d : order) {
            if (shown.size() >= MAX_REPORTED) break;
            int best = -1;
            for (int i = 0; i < pool.size(); i++) {
                if (pool.items.get(i).doc() != d || pool.information(i) < 0) continue;
                if (sameAsShown(pool, i, shown, null) != null) continue;
                if (best < 0 || score[i] > score[best]) best = i;
            }
            if (best >= 0) shown.add(new Draft(pool.docs.get(d).published(), "minute", "reported", best, d, score[best]));
        }
        List<Draft> stated = new ArrayList<>();
        List<Integer> byScore = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) byScore.add(i);
        byScore.sort(Comparator.comparingDouble((Integer i) -> score[i]).reversed());
        for (int i : byScore) {
            SentencePool.Item it = pool.items.get(i);
            if (pool.information(i) < 0) continue;
            List<DateFinder.Stated> dates = DateFinder.find(it.text(), pool.docs.get(it.doc()).published());
            if (dates.isEmpty()) continue;
            DateFinder.Stated d = dates.get(0); // the first date a sentence gives is the one it is about
            Instant when = d.date().atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant published = pool.docs.get(it.doc()).published();
            // the day the article appeared is already on the timeline; a sentence dated that day must state something to be added
            if (published != null && d.date().equals(day(published)) && pool.information(i) < 0.3) continue;
            List<Draft> all = new ArrayList<>(shown);
            all.addAll(stated);
            Draft same = sameAsShown(pool, i, all, d.date());
            if (same != null) {
                if (!same.docs.contains(it.doc())) same.docs.add(it.doc());
                continue;
            }
            if (stated.size() < MAX_STATED) stated.add(new Draft(when, d.precision(), "stated", i, it.doc(), score[i]));
        }
        List<Draft> all = new ArrayList<>(shown);
        all.addAll(stated);
        all.sort(Comparator.comparing((Draft x) -> x.when).thenComparing(x -> x.kind.equals("stated") ? 0 : 1));
        List<Timeline.Entry> entries = new ArrayList<>();
        for (Draft x : all) {
            SentencePool.Item it = pool.items.get(x.item);
            boolean upcoming = x.kind.equals("stated") && latest != null && x.when.isAfter(latest) && !day(x.when).equals(day(latest));
            String by = x.kind.equals("reported") ? pool.docs.get(it.doc()).source() : null;
            entries.add(new Timeline.Entry(x.when, x.precision, x.kind, upcoming, by, citations.cite(it.text(), x.docs)));
        }
        return new Timeline(entries, citations.sources());
    }

    /**
     * An entry already shown that tells the same development: close in meaning, or stating the same
     * distinctive figures; for a stated date, on the same day.
     */
    private static Draft sameAsShown(SentencePool pool, int i, List<Draft> shown, LocalDate date) {
        List<String> figures = CoverageComparer.significant(pool.items.get(i));
        for (Draft x : shown) {
            if (date != null && !day(x.when).equals(date)) continue;
            double sim = pool.sim(i, x.item);
            boolean sameFigures = !figures.isEmpty() && CoverageComparer.significant(pool.items.get(x.item)).containsAll(figures)
                    && sim >= 0.6;
            if (sim >= SAME || sameFigures) return x;
        }
        return null;
    }

    private static LocalDate day(Instant t) {
        return Objects.requireNonNull(t).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
