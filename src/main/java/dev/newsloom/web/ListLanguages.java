package dev.newsloom.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** What a hashtag or category list says about its languages: which one it shows, and links to the others. */
final class ListLanguages {
    private ListLanguages() {}

    /** " in German" on a list that has articles in other languages too; "" when it is the only one. */
    static String in(Map<String, Long> counts, String lang) {
        return counts.keySet().stream().anyMatch(l -> !l.equals(lang)) ? " in " + name(lang) : "";
    }

    /** "German (3)" links to the same list in every other language that has any, most first. */
    static List<TagLink> others(Map<String, Long> counts, String lang, Function<String, String> href) {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals(lang) && e.getValue() > 0)
                .map(e -> new TagLink(name(e.getKey()) + " (" + e.getValue() + ")", href.apply(e.getKey()))).toList();
    }

    /** The language's English name ("de" → "German"), or its code when Java knows no name for it. */
    static String name(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
