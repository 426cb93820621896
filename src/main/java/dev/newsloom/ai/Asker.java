package dev.newsloom.ai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers a question by quoting the coverage. Each sentence of the story's articles (and, a
 * little less trusted, of related articles) is scored by meaning (sentence embeddings), by the
 * question's words it contains (weighted by rarity), and by whether it holds what the question
 * asks for (a figure for "how many", a date for "when"). A sentence counts only if its article
 * names what the question names, and only if it is about them ({@link Aboutness}): an article
 * about another event may name the question's person in another role, beside someone else's
 * figure. Below {@link #ANSWERS} nothing answers, and the reader is told so.
 * The articles asked answer whenever they hold an answer of comparable quality; related coverage
 * answers only in their place, never beside them, and the answer says so ({@link Answer#fromRelated()}).
 */
final class Asker {
    /** Calibrated on the demo newsroom (seed 5), with sentence embeddings and with words alone: see docs/quality.md. */
    static final double ANSWERS = 0.45, ANSWERS_WORDS_ONLY = 0.35;
    static final int MAX_QUOTES = 3;
    private static final double RELATED_TRUST = 0.92, HEADLINE_TRUST = 0.9;
    /**
     * How far a related sentence (already trusted less) must outscore the best of the articles asked
     * before it answers instead of them: their answer, if it passes the threshold, is of comparable
     * quality within this margin. Set on the demo newsroom (seed 5): see docs/quality.md.
     */
    static final double COMPARABLE = 0.3;
    private static final Pattern MONEY_WORDS = Pattern.compile("\\b\\d[\\d,.]*\\s+(dollars|euros|pounds|francs|yen|kronor)\\b");
    private static final Pattern NUMBER_WORDS = Pattern.compile("\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen|dozens|hundreds|thousands)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_FIGURE = Pattern.compile("\\d[\\d,.]*[- ](second|minute|hour|day|week|month|year|decade)s?\\b"
            + "|\\bevery \\d+ (second|minute|hour|day|week|month|year)s?\\b", Pattern.CASE_INSENSITIVE);
    /** A number written out that counts something, not a span of time ("three people", not "eight years"). */
    private static final Pattern COUNT_WORDS = Pattern.compile("\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?)\\s+"
            + "(?!(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\\b)[\\p{L}-]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE_OF = Pattern.compile("\\d[\\d.,]*\\s*(?:%|percent|per cent)\\s+of\\s+(?:the\\s+|all\\s+)?(\\p{L}+)");
    private static final Pattern PLACE_PHRASE = Pattern.compile("\\b(in|at|near|from|outside)\\s+\\p{Lu}");

    private final TextVectors vectors;

    Asker(TextVectors vectors) {
        this.vectors = vectors;
    }

    /** @param item a sentence of the pool, or a headline when negative (-1 the first) */
    record Scored(int pool, int item, double score) {}

    static SentencePool.Item item(SentencePool pool, int i) {
        return i >= 0 ? pool.items.get(i) : pool.headlines.get(-i - 1);
    }

    Answer ask(String raw, List<SentencePool> pools) {
        Question q = Question.parse(raw);
        if (!q.isUsable() || pools.stream().allMatch(SentencePool::isEmpty)) {
            return new Answer(q.text(), false, List.of(), null, List.of());
        }
        double threshold = vectors.semantic() ? ANSWERS : ANSWERS_WORDS_ONLY;
        List<Scored> own = new ArrayList<>(), related = new ArrayList<>();
        for (Scored s : score(q, pools)) (s.pool() == 0 ? own : related).add(s);
        own.sort((a, b) -> Double.compare(b.score(), a.score()));
        related.sort((a, b) -> Double.compare(b.score(), a.score()));
        double ownTop = own.isEmpty() ? 0 : own.get(0).score(), relatedTop = related.isEmpty() ? 0 : related.get(0).score();
        // Related articles report other events, whose figures are of the same kind: they answer only when the articles asked cannot,
        // and never share an answer with them, so a reader is not handed two events' figures as one.
        boolean fromRelated = ownTop < threshold || relatedTop - ownTop > COMPARABLE;
        List<Scored> scored = fromRelated ? related : own;
        if (scored.isEmpty() || scored.get(0).score() < threshold) return new Answer(q.text(), false, List.of(), null, List.of());
        List<AiDocument> docs = new ArrayList<>();
        Map<String, Integer> docIndex = new HashMap<>();
        List<Scored> picked = new ArrayList<>();
        double top = scored.get(0).score();
        for (Scored s : scored) {
            if (picked.size() == MAX_QUOTES || s.score() < Math.max(threshold, top - 0.06)) break;
            SentencePool.Item it = item(pools.get(s.pool()), s.item());
            boolean repeats = false;
            for (Scored p : picked) {
                repeats |= TextVectors.dot(it.vector(), item(pools.get(p.pool()), p.item()).vector()) > 0.85;
            }
            if (!repeats) picked.add(s);
        }
        List<String> texts = new ArrayList<>();
        List<Integer> docOf = new ArrayList<>();
        for (Scored s : picked) {
            SentencePool pool = pools.get(s.pool());
            SentencePool.Item it = item(pool, s.item());
            AiDocument d = pool.docs.get(it.doc());
            docOf.add(docIndex.computeIfAbsent(d.id(), k -> {
                docs.add(d);
                return docs.size() - 1;
            }));
            texts.add(it.text());
        }
        Citations citations = new Citations(docs);
        List<Cited> quotes = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) quotes.add(citations.cite(texts.get(i), docOf.get(i)));
        return new Answer(q.text(), true, quotes, null, citations.sources(), fromRelated);
    }

    /** Every sentence that may answer, scored; the first pool is the story, the others related coverage. */
    List<Scored> score(Question q, List<SentencePool> pools) {
        float[] qv = vectors.vector(q.text());
        int sentences = 0;
        Map<String, Integer> df = new HashMap<>();
        for (SentencePool p : pools) {
            sentences += p.size();
            p.documentFrequency().forEach((w, n) -> df.merge(w, n, Integer::sum));
        }
        Set<String> asked = new HashSet<>(q.words());
        double total = 0;
        for (String w : asked) total += idf(df, w, sentences);
        List<Scored> out = new ArrayList<>();
        for (int p = 0; p < pools.size(); p++) {
            SentencePool pool = pools.get(p);
            boolean[] grounded = new boolean[pool.docs.size()];
            for (int d = 0; d < grounded.length; d++) grounded[d] = names(pool.docs.get(d), q.names());
            Aboutness[] about = new Aboutness[pool.docs.size()];
            boolean checkAbout = !q.names().isEmpty();
            for (int i = -pool.headlines.size(); i < pool.size(); i++) {
                SentencePool.Item it = item(pool, i);
                if (!grounded[it.doc()]) continue;
                if (checkAbout) {
                    if (about[it.doc()] == null) about[it.doc()] = new Aboutness(pool.docs.get(it.doc()));
                    if (!about[it.doc()].about(it.text(), q.names())) continue;
                }
                double sem = Math.max(0, TextVectors.dot(it.vector(), qv));
                double matched = 0;
                for (String w : asked) if (it.words().contains(w)) matched += idf(df, w, sentences);
                double lex = total > 0 ? matched / total : namesIn(it.text(), q.names()); // "Who is X?": the name is what it asks about
                double type = holds(q, it);
                double s = 0.5 * sem + 0.35 * lex + 0.15 * type;
                if (q.focus() != null) {
                    // "How many ballots ...?" turns on ballots: a sentence without them answers something else
                    s += !it.words().contains(q.focus()) ? -0.08 : figureNextTo(it.text(), q.focus()) ? 0.12 : 0.06;
                }
                if (type == 0) s -= 0.15; // it cannot be the answer, however close in words
                if (p > 0) s *= RELATED_TRUST;
                if (i < 0) s *= HEADLINE_TRUST; // a headline compresses, and often names its figure without what it counts
                out.add(new Scored(p, i, s));
            }
        }
        return out;
    }

    /** "61 percent of the vote" answers, nearly, "How many votes did she get?": a share of what is counted. */
    static boolean shareOf(String sentence, String focus) {
        if (focus == null) return false;
        Matcher m = SHARE_OF.matcher(sentence);
        while (m.find()) if (Words.stem(m.group(1).toLowerCase(Locale.ROOT)).equals(focus)) return true;
        return false;
    }

    /** "362,000 ballots": a figure within three words before the focus word, or just after it ("fund of $2 billion"). */
    static boolean figureNextTo(String sentence, String focus) {
        String[] words = sentence.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (!Words.stem(trim(words[i]).toLowerCase(Locale.ROOT)).equals(focus)) continue;
            for (int j = Math.max(0, i - 3); j <= Math.min(words.length - 1, i + 3); j++) {
                if (j != i && hasDigit(words[j])) return true;
            }
        }
        return false;
    }

    private static String trim(String w) {
        int b = 0, e = w.length();
        while (b < e && !Character.isLetterOrDigit(w.charAt(b))) b++;
        while (e > b && !Character.isLetterOrDigit(w.charAt(e - 1))) e--;
        return w.substring(b, e);
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return true;
        return false;
    }

    private static double idf(Map<String, Integer> df, String w, int sentences) {
        // a word no sentence holds weighs as the rarest: its absence counts against every sentence
        return Math.log(1 + (double) sentences / df.getOrDefault(w, 1));
    }

    /** Whether a sentence holds the kind of thing asked for: 1 yes, 0.5 nearly, 0 no. */
    static double holds(Question q, SentencePool.Item it) {
        List<Numbers.Figure> figures = it.figures().stream().filter(f -> !q.figures().contains(f.key())).toList();
        return switch (q.expects()) {
            // a figure of another kind cannot answer: a sum is not a share, a share is not a count
            case MONEY -> figures.stream().anyMatch(f -> f.kind().equals("money")) || MONEY_WORDS.matcher(it.text()).find() ? 1 : 0;
            case PERCENT -> figures.stream().anyMatch(f -> f.kind().equals("percent")) ? 1 : 0;
            case DURATION -> DURATION_FIGURE.matcher(it.text()).find() ? 1 : 0;
            case COUNT -> figures.stream().anyMatch(f -> f.kind().equals("count")) ? 1
                    : COUNT_WORDS.matcher(it.text()).find() || shareOf(it.text(), q.focus()) ? 0.5 : 0;
            case NUMBER -> !figures.isEmpty() ? 1 : NUMBER_WORDS.matcher(it.text()).find() ? 0.5 : 0;
            case DATE -> DateFinder.find(it.text(), java.time.Instant.EPOCH).isEmpty() ? 0 : 1;
            case PERSON -> it.names() > q.names().size() ? 1 : 0.5;
            case PLACE -> PLACE_PHRASE.matcher(it.text()).find() ? 1 : 0.5;
            case ANY -> 1;
        };
    }

    /** The article names everything the question names (a name of several words may be shortened to its last). */
    private static boolean names(AiDocument d, List<String> names) {
        if (names.isEmpty()) return true;
        String text = (d.title() + "\n" + String.join("\n", d.paragraphs())).toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (!contains(text, n)) return false;
        }
        return true;
    }

    private static double namesIn(String sentence, List<String> names) {
        if (names.isEmpty()) return 0;
        String text = sentence.toLowerCase(Locale.ROOT).replace('’', '\'');
        long found = names.stream().filter(n -> contains(text, n.toLowerCase(Locale.ROOT).replace('’', '\''))).count();
        return found / (double) names.size();
    }

    private static boolean contains(String text, String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

}
