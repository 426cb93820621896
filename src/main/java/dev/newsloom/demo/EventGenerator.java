package dev.newsloom.demo;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Fills an event kind with fresh entities and numbers. */
final class EventGenerator {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
    private final EntityNames names;

    EventGenerator(EntityNames names) {
        this.names = names;
    }

    Event create(String id, EventKind kind, Duration start, Instant nominalEpoch, Random random) {
        Map<String, String> slots = new LinkedHashMap<>();
        List<String> entities = new ArrayList<>();
        slots.put("PL1", names.place());
        slots.put("PL2", names.place());
        slots.put("U", names.university());
        for (int i = 0; i < kind.orgTypes().size(); i++) {
            slots.put("O" + (i + 1), names.organisation(kind.orgTypes().get(i)));
        }
        if (kind.name().equals("film-release")) slots.put("T", names.filmTitle());
        for (int i = 0; i < kind.roles().size(); i++) {
            String person = names.person();
            String p = "P" + (i + 1);
            slots.put(p, person);
            slots.put(p + "L", person.substring(person.indexOf(' ') + 1));
            slots.put(p + "R", fill(kind.roles().get(i), slots));
        }
        List<String> facts = new ArrayList<>();
        for (EventKind.FactSpec spec : kind.facts()) {
            String value = fact(spec, random);
            slots.put(spec.slot(), value);
            facts.add(value);
        }
        var when = nominalEpoch.plus(start).atZone(ZoneOffset.UTC);
        slots.put("DAY", when.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        slots.put("DATE", MONTH_DAY.format(when));
        for (String key : List.of("P1", "P2", "P3", "O1", "O2", "PL1", "PL2", "T")) {
            if (slots.containsKey(key)) entities.add(slots.get(key));
        }
        return new Event(id, kind, Map.copyOf(slots), List.copyOf(facts), List.copyOf(entities), start);
    }

    static String fact(EventKind.FactSpec spec, Random random) {
        double v = spec.min() + random.nextDouble() * (spec.max() - spec.min());
        return switch (spec.type()) {
            case "int" -> NumberFormat.getIntegerInstance(Locale.ENGLISH).format(roundPlausibly(Math.round(v)));
            case "pct" -> Math.round(v) + " percent";
            case "dec" -> String.format(Locale.ROOT, "%.1f", v);
            case "money" -> v >= 1000 ? String.format(Locale.ROOT, "$%.1f billion", v / 1000) : "$" + Math.round(v) + " million";
            default -> throw new IllegalArgumentException("unknown fact type " + spec.type());
        };
    }

    /** Big counts are reported rounded, as newsrooms do ("about 3,800"), small ones exactly. */
    private static long roundPlausibly(long n) {
        if (n < 1000) return n;
        long unit = n < 10_000 ? 10 : n < 100_000 ? 100 : 1000;
        return n / unit * unit;
    }

    static String fill(String template, Map<String, String> slots) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > 0 && slots.containsKey(template.substring(i + 1, close))) {
                out.append(slots.get(template.substring(i + 1, close)));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
