package dev.newsloom.tags;

import java.util.Locale;
import java.util.Set;

/**
 * Words that say what someone is rather than who: titles and job names ("Chef", "Prosecutor",
 * "Dr"), the words that qualify them ("Foreign" Minister, "Head" Coach), and plural nouns for
 * groups of people ("Organisers", "Prosecutors"). Written before a name they are capitalised like
 * it, but they are not part of it: "Chef Juno Halvorsen" is Juno Halvorsen.
 */
final class Titles {
    /** Titles and roles, lower case, without full stops. "General" and "Major" are left out: they open too many names (General Motors). */
    private static final Set<String> ROLES = Set.of(
            // forms of address and rank
            "mr", "mrs", "ms", "mx", "miss", "dr", "doctor", "prof", "professor", "sir", "dame", "lord",
            "gen", "maj", "col", "colonel", "capt", "captain", "lt", "lieutenant", "sgt", "sergeant", "cpl", "corporal",
            "admiral", "commander", "commodore", "marshal", "brigadier", "officer", "constable", "detective", "det",
            "inspector", "superintendent", "chief", "king", "queen", "prince", "princess", "duke", "duchess",
            "emperor", "empress", "sheikh", "sultan", "pope", "cardinal", "archbishop", "bishop", "reverend", "rev",
            "father", "pastor", "rabbi", "imam", "cleric",
            // office
            "president", "vice-president", "premier", "chancellor", "minister", "secretary", "mayor", "mayor-elect",
            "governor", "senator", "sen", "congressman", "congresswoman", "representative", "rep", "councillor",
            "councilor", "alderman", "commissioner", "ambassador", "envoy", "judge", "justice", "magistrate",
            "prosecutor", "attorney", "lawyer", "barrister", "solicitor", "sheriff", "spokesperson", "spokesman",
            "spokeswoman", "mp", "mep",
            // work
            "ceo", "cfo", "coo", "cto", "chair", "chairman", "chairwoman", "chairperson", "director", "executive",
            "founder", "co-founder", "cofounder", "owner", "manager", "chef", "editor", "reporter",
            "journalist", "photographer", "author", "novelist", "poet", "writer", "filmmaker", "actor", "actress",
            "singer", "rapper", "artist", "architect", "designer", "economist", "analyst", "researcher", "scientist",
            "ecologist", "lecturer", "nurse", "surgeon", "coach", "trainer", "referee", "skipper", "striker",
            "midfielder", "defender", "goalkeeper", "winger");
    /** Words that qualify a title: dropped with it ("Foreign Minister", "Head Coach"), never alone. */
    private static final Set<String> QUALIFIERS = Set.of("former", "acting", "interim", "deputy", "vice", "prime",
            "foreign", "finance", "defence", "defense", "health", "home", "interior", "education", "economy",
            "trade", "energy", "environment", "transport", "labour", "labor", "culture", "agriculture", "treasury",
            "state", "senior", "assistant", "associate", "head", "lead", "general", "district", "county", "city",
            "police", "fire", "army", "navy", "crown", "public", "special", "supreme", "grand", "opposition",
            "executive", "team", "club", "co", "sous", "pastry", "managing", "chief");
    /** Endings of nouns for kinds of people in the plural: organisers, prosecutors, scientists, historians, residents. */
    private static final String[] PEOPLE_PLURAL = {"ers", "ors", "ists", "ians", "ants", "ents", "ees"};

    private Titles() {}

    private static String norm(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }

    /** "Chef", "Dr.", "Vice-President", "Prosecutor", and their plurals ("Prosecutors"). */
    static boolean isRole(String word) {
        String w = norm(word);
        if (ROLES.contains(w)) return true;
        if (w.endsWith("s") && ROLES.contains(w.substring(0, w.length() - 1))) return true;
        if (w.endsWith("es") && ROLES.contains(w.substring(0, w.length() - 2))) return true;
        int dash = w.lastIndexOf('-');
        return dash > 0 && dash < w.length() - 1 && ROLES.contains(w.substring(dash + 1));
    }

    /** A role or a word that qualifies one. */
    static boolean isTitleWord(String word) {
        return isRole(word) || QUALIFIERS.contains(norm(word));
    }

    /** A plural noun for a kind of people ("Organisers", "Prosecutors", "Residents"), which opens a phrase but names no one. */
    static boolean isPeopleNoun(String word) {
        String w = norm(word);
        if (isRole(w) && w.endsWith("s")) return true;
        if (w.length() < 6) return false;
        for (String ending : PEOPLE_PLURAL) if (w.endsWith(ending)) return true;
        return false;
    }
}
