package dev.newsloom.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Invents people, places and organisations. Every name is handed out once per world, so two
 * events never share an entity: stories about different events can only look alike in wording.
 */
final class EntityNames {
    private static final List<String> FIRST = List.of("Ana", "Tomas", "Inés", "Mirela", "Jonah", "Priya", "Elif",
            "Mathéo", "Renée", "Oskar", "Leona", "Dario", "Hana", "Felix", "Zoë", "Marek", "Ingrid", "Samir",
            "Clara", "Joaquín", "Noor", "Bastian", "Liesel", "Amara", "Teodor", "Yusuf", "Maren", "Aurelio",
            "Sibyl", "Corin", "Delphine", "Emeka", "Freya", "Gideon", "Halima", "Isak", "Juno", "Kasimir",
            "Lorena", "Magnus", "Nadia", "Orla", "Paulo", "Rosalind", "Søren", "Talia", "Ulrich", "Vesna",
            "Wendell", "Ximena", "Yara", "Zeno", "Anaïs", "Björn", "Céline", "Dmitri", "Esther", "Fabian",
            "Greta", "Henrik", "Ilse", "José", "Kira", "Lucien", "Malin", "Nico", "Odile", "Pia", "Quentin", "Rafaela");
    private static final List<String> LAST = List.of("Kovac", "Ellery", "Marwick", "Ostrand", "Dunmore", "Halvorsen",
            "Quintero", "Abernathy", "Vasquel", "Thornbury", "Okonkwo", "Lindqvist", "Petrescu", "Ferreira",
            "Castellan", "Brannock", "Delacroix", "Yilmaz", "Achterberg", "Moravec", "Ishida", "Rourke", "Sandoval",
            "Tremaine", "Varga", "Whitlock", "Zielinski", "Obuya", "Marquès", "Haldane", "Esposito", "Novak",
            "Gallagher", "Kirsch", "Laurent", "Mbeki", "Nakashima", "Oduya", "Prentice", "Rasmussen", "Sørensen",
            "Teixeira", "Ungaro", "Valcourt", "Winslow", "Adeyemi", "Bergqvist", "Carrow", "Daugherty", "Engström",
            "Fairbanks", "Grünwald", "Hollis", "Ivanova", "Jaramillo", "Kettering", "Lachance", "Moreau", "Navarro",
            "Okafor", "Pellegrini", "Quarles", "Roswell", "Sutcliffe", "Tavares", "Udall", "Vireo", "Wexford");
    private static final List<String> PLACE_HEAD = List.of("Vel", "Cald", "Ostr", "Bris", "Tav", "Hel", "Kirr", "Lun",
            "Dorv", "Fenn", "Gal", "Sel", "Wyr", "Ard", "Quor", "Ismer", "Yarr", "Pell", "Zan", "Orl", "Anselm",
            "Marr", "Thes", "Corv", "Elm", "Brack", "Sund", "Harl", "Tor", "Nev");
    private static final List<String> PLACE_TAIL = List.of("mont", "brook", "stead", "vale", "haven", "ford", "mere",
            "wick", "ton", "dale", "port", "holm", "sund", "gate", "field", "ora", "ana", "ness", "by", "ridge");
    private static final List<String> PLACE_PREFIX = List.of("Port ", "North ", "San ", "Lake ", "Upper ", "East ");
    private static final List<String> STEM = List.of("Veltra", "Caldwyn", "Norvex", "Halcyra", "Brightmoor", "Ostrel",
            "Quenta", "Lumora", "Tessaly", "Arvon", "Meshwick", "Solvane", "Korrin", "Dunmere", "Aveline", "Pyxis",
            "Orrery", "Stellan", "Tamsin", "Hollowell", "Ferrant", "Greyloch", "Ilvane", "Juniper", "Kestrin",
            "Larkspur", "Merrow", "Nimbra", "Obelle", "Penrith", "Quillon", "Rowan", "Saffra", "Tarrow", "Umber",
            "Verity", "Wrenfield", "Xandor", "Yellowfin", "Zephra");
    private static final List<String> COMPANY_SUFFIX = List.of("Holdings", "Group", "Logistics", "Energy", "Foods",
            "Industries", "Capital", "Shipping", "Materials", "Insurance");
    private static final List<String> TECH_SUFFIX = List.of("Labs", "Systems", "Software", "Networks", "Devices", "Robotics");
    private static final List<String> PARTY_ADJ = List.of("Civic", "Coastal", "Progressive", "United", "Green",
            "Independent", "Harbour", "Citizens'", "Reform", "Commons");
    private static final List<String> PARTY_NOUN = List.of("Renewal Party", "Alliance", "Movement", "League",
            "Front", "Union Party", "Platform", "Forum");
    private static final List<String> MASCOT = List.of("Rovers", "Mariners", "Athletic", "Wanderers", "United",
            "Falcons", "Harriers", "City", "Albion", "Rangers");
    private static final List<String> FOOD_WORD = List.of("Salt", "Ember", "Fennel", "Oyster", "Thyme", "Anchor",
            "Quince", "Ash", "Juniper", "Barley", "Lantern", "Tide", "Copper", "Rye");
    private static final List<String> TITLE_WORD = List.of("The Quiet Lamp", "Salt Winter", "A House of Gulls",
            "The Last Ferry", "North of Morning", "Low Tide", "The Keeper", "Glass Harbour", "Winter Signals",
            "The Drowned Orchard", "Paper Moons", "The Long Shore", "After the Storm Bell", "Grey Water",
            "A Year of Fog", "The Lighthouse Letters", "Small Hours", "The Seventh Wave");

    private final Random random;
    private final Set<String> used = new HashSet<>();

    EntityNames(Random random) {
        this.random = random;
    }

    String person() {
        return unique(() -> pick(FIRST) + " " + pick(LAST));
    }

    String place() {
        return unique(() -> {
            String core = pick(PLACE_HEAD) + pick(PLACE_TAIL);
            return random.nextInt(4) == 0 ? pick(PLACE_PREFIX) + core : core;
        });
    }

    String university() {
        return unique(() -> random.nextBoolean() ? "the University of " + placeCore() : placeCore() + " Institute of Technology");
    }

    String filmTitle() {
        return unique(() -> pick(TITLE_WORD));
    }

    String organisation(String type) {
        return unique(() -> switch (type) {
            case "company" -> pick(STEM) + " " + pick(COMPANY_SUFFIX);
            case "techcompany" -> pick(STEM) + " " + pick(TECH_SUFFIX);
            case "party" -> pick(PARTY_ADJ) + " " + pick(PARTY_NOUN);
            case "court" -> placeCore() + " District Court";
            case "agency" -> placeCore() + " " + pick(List.of("Civil Protection Agency", "Emergency Authority",
                    "Data Protection Authority", "Environment Agency", "Public Health Office"));
            case "bloc" -> pick(List.of("Riverlands", "Basin", "Highland", "Coastal", "Northern")) + " "
                    + pick(List.of("Council", "Compact", "Community", "Cooperation Council")) + " of " + placeCore();
            case "union" -> placeCore() + " " + pick(List.of("Dockworkers' Union", "Transport Workers' Union",
                    "Warehouse Union", "Port Staff Association"));
            case "institute" -> placeCore() + " " + pick(List.of("Institute of Ecology", "Field Research Centre",
                    "Biodiversity Institute"));
            case "spaceagency" -> pick(STEM) + " Space Agency";
            case "hospital" -> placeCore() + " " + pick(List.of("General Hospital", "Infirmary", "University Hospital"));
            case "team" -> placeCore() + " " + pick(MASCOT);
            case "festival" -> placeCore() + " " + pick(List.of("Lantern Festival", "Music Festival", "Folk Festival",
                    "Arts Festival"));
            case "studio" -> pick(STEM) + " Pictures";
            case "restaurant" -> pick(FOOD_WORD) + " & " + pick(FOOD_WORD);
            case "council" -> placeCore() + " " + pick(List.of("County Council", "Regional Council", "City Council"));
            default -> throw new IllegalArgumentException("unknown organisation type " + type);
        });
    }

    private String placeCore() {
        return pick(PLACE_HEAD) + pick(PLACE_TAIL);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String unique(Supplier<String> candidate) {
        for (int i = 0; i < 500; i++) {
            String name = candidate.get();
            if (used.add(name)) return name;
        }
        // the small pools (film titles) can run out in a very large world; a numbered sequel keeps it unique
        String name = candidate.get();
        for (int n = 2; ; n++) {
            if (used.add(name + " " + n)) return name + " " + n;
        }
    }
}
