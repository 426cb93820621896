package dev.newsloom.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A deterministic world of invented news: events, the publishers that cover them, wire copy they
 * republish, and every article's ground truth. The same seed always builds the same world.
 *
 * <p>Events arrive about every 40 minutes of world time, so 48 hours hold 60 to 80 events; the
 * world keeps growing past that until it holds {@code minArticles}, which is what live publishing
 * draws on after the backfill.
 */
public final class Newsroom {
    /** Where the world's timeline starts when articles are dated without a running server. */
    public static final Instant NOMINAL_START = Instant.parse("2026-11-21T06:00:00Z");
    public static final int DEFAULT_MIN_ARTICLES = 600;

    /** The invented wire service, and the real agency credit tokens used only as credits. */
    static final Map<String, String> AGENCIES = Map.of("MERIDIAN", "Meridian Press", "REUTERS", "Reuters",
            "AFP", "AFP", "AP", "AP");
    private static final List<String> AGENCY_TOKENS = List.of("MERIDIAN", "MERIDIAN", "MERIDIAN", "REUTERS", "AFP", "AP");

    private final long seed;
    private final List<Draft> drafts;
    private final List<Event> events = new ArrayList<>();
    private final Map<String, List<String>> staff = new HashMap<>();

    public Newsroom(long seed) {
        this(seed, DEFAULT_MIN_ARTICLES);
    }

    public Newsroom(long seed, int minArticles) {
        this.seed = seed;
        this.drafts = build(seed, minArticles);
    }

    public long seed() {
        return seed;
    }

    public List<Publisher> publishers() {
        return Publishers.ALL;
    }

    public Optional<Publisher> publisher(String slug) {
        return Publishers.ALL.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    /** Every article of the world in publication order, dated from {@link #NOMINAL_START}. */
    public List<DemoArticle> articles() {
        return drafts.stream().map(d -> d.publishAt(NOMINAL_START.plus(d.offset()))).toList();
    }

    public int size() {
        return drafts.size();
    }

    /** Every event of the world with its truth (facts, questions, names), in the order they happened. */
    public List<DemoEvent> events() {
        return events.stream().map(e -> DemoEvent.of(e, NOMINAL_START)).toList();
    }

    List<Draft> drafts() {
        return drafts;
    }

    private List<Draft> build(long seed, int minArticles) {
        StoryGrammar grammar = StoryGrammar.get();
        List<EventKind> kinds = List.copyOf(grammar.kinds.values());
        EntityNames names = new EntityNames(new Random(seed));
        EventGenerator eventGenerator = new EventGenerator(names);
        ProseGenerator prose = new ProseGenerator(grammar);
        Random world = new Random(mix(seed, -1));
        for (Publisher p : Publishers.ALL) {
            List<String> writers = new ArrayList<>();
            for (int i = 0; i < 6; i++) writers.add(names.person());
            staff.put(p.slug(), writers);
        }
        Map<String, List<String>> agencyReporters = new HashMap<>();
        for (String token : List.copyOf(new java.util.TreeSet<>(AGENCIES.keySet()))) {
            agencyReporters.put(token, List.of(names.person(), names.person(), names.person()));
        }

        List<Draft> all = new ArrayList<>();
        Duration clock = Duration.ZERO;
        int serial = 100_000 + (int) Math.floorMod(seed, 800_000L);
        for (int index = 0; all.size() < minArticles; index++) {
            clock = clock.plusMinutes(15 + world.nextInt(50));
            Random random = new Random(mix(seed, index));
            EventKind kind = kinds.get(random.nextInt(kinds.size()));
            Event event = eventGenerator.create("ev%03d".formatted(index), kind, clock, NOMINAL_START, random);
            events.add(event);
            List<Publisher> order = new ArrayList<>(Publishers.ALL);
            Collections.shuffle(order, random);
            Duration at = clock.plusMinutes(5 + random.nextInt(35));
            boolean wire = !kind.category().equals("Opinion") && random.nextInt(100) < 22;
            List<Draft> written = new ArrayList<>();
            if (wire) {
                String token = AGENCY_TOKENS.get(random.nextInt(AGENCY_TOKENS.size()));
                List<Publisher> free = order.stream().filter(p -> !p.paywalled()).toList();
                int copies = 2 + random.nextInt(2);
                WireCopy copy = new WireCopy(event, token, agencyReporters.get(token), prose, random);
                for (int i = 0; i < copies; i++) {
                    Publisher p = free.get(i);
                    ProseGenerator.Story story = copy.republish(i, random);
                    written.add(draft(event, p, serial++, at, story, copy.byline(random), token, copy.wireStoryId(), random));
                    at = at.plusMinutes(3 + random.nextInt(90));
                }
                if (random.nextInt(100) < 40) {
                    Publisher own = order.stream().filter(p -> written.stream().noneMatch(d -> d.publisher() == p))
                            .findFirst().orElseThrow();
                    written.add(draft(event, own, serial++, at, prose.write(event, random), staffByline(own, random),
                            null, null, random));
                }
            } else {
                int count = kind.category().equals("Opinion") ? 1 : articleCount(random);
                for (int i = 0; i < count; i++) {
                    Publisher p = order.get(i);
                    written.add(draft(event, p, serial++, at, prose.write(event, random), staffByline(p, random),
                            null, null, random));
                    at = at.plusMinutes(10 + random.nextInt(140));
                }
            }
            all.addAll(written);
        }
        all.sort(Comparator.comparing(Draft::offset).thenComparing(Draft::id));
        return List.copyOf(all);
    }

    /**
     * java.util.Random's first outputs for nearby seeds are correlated (consecutive events would
     * all get the same kind), so per-event seeds go through a 64-bit finaliser first.
     */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 1 to 6 publishers per event, most events covered by two to four. */
    private static int articleCount(Random random) {
        int[] weights = {10, 25, 28, 20, 11, 6};
        int r = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) return i + 1;
        }
        return 3;
    }

    private String staffByline(Publisher p, Random random) {
        if (random.nextInt(100) < 15) return null;
        List<String> writers = staff.get(p.slug());
        return writers.get(random.nextInt(writers.size()));
    }

    private Draft draft(Event event, Publisher p, int serial, Duration at, ProseGenerator.Story story, String byline,
                        String credit, String wireStoryId, Random random) {
        String id = event.id() + "-" + p.slug();
        List<String> paragraphs = p.paywalled() ? story.paragraphs().subList(0, 1) : story.paragraphs();
        String caption = null;
        boolean image = random.nextInt(100) < 65;
        if (image) {
            String scene = ProseGenerator.typography(EventGenerator.fill(
                    event.kind().captions().get(random.nextInt(event.kind().captions().size())), event.slots()));
            String photographer;
            if (credit != null) {
                photographer = credit + "/" + wirePhotographer(random);
            } else {
                photographer = p.name().replaceFirst("^The ", "") + "/" + staff.get(p.slug()).get(random.nextInt(6));
            }
            caption = (random.nextInt(3) == 0 ? "FILE PHOTO: " : "") + scene + ", " + event.slots().get("DATE") + ". " + photographer;
        }
        String everything = story.title() + "\n" + String.join("\n", paragraphs);
        List<String> facts = new ArrayList<>();
        for (String fact : event.facts()) {
            if (Pattern.compile("(?<![\\w$.])" + Pattern.quote(fact) + "(?![\\w])").matcher(everything).find()) facts.add(fact);
        }
        if (everything.contains(event.slots().get("DATE"))) facts.add(event.slots().get("DATE"));
        Set<String> tags = new LinkedHashSet<>();
        for (String entity : event.entities()) {
            if (everything.contains(entity)) tags.add(entity);
        }
        return new Draft(id, serial, p, at, story.title(), byline, event.kind().category(), event.id(),
                event.kind().name(), wireStoryId, credit, paragraphs, caption, image, facts, List.copyOf(tags));
    }

    private static String wirePhotographer(Random random) {
        // wire photographers are credited by name but are not part of the event
        List<String> first = List.of("Ana", "Jonah", "Elif", "Marek", "Noor", "Freya", "Samir", "Clara");
        List<String> last = List.of("Kovac", "Ostrand", "Halvorsen", "Ferreira", "Varga", "Ishida", "Moreau", "Novak");
        return first.get(random.nextInt(first.size())) + " " + last.get(random.nextInt(last.size()));
    }
}
