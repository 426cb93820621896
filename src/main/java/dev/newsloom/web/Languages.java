package dev.newsloom.web;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The languages the site serves in its {lang} path segment: ISO 639 codes in the lower-case form
 * {@link Paths#lang} writes (two letters, or three for languages without a two-letter code).
 * Anything else ("zz", "1<x>", "EN") is no page of this site, so a feed cannot be reached under
 * endless made-up prefixes, each with its own id.
 */
final class Languages {
    private static final Set<String> CODES = codes();

    private Languages() {}

    static boolean served(String lang) {
        return lang != null && CODES.contains(lang);
    }

    private static Set<String> codes() {
        Set<String> out = new HashSet<>();
        for (String two : Locale.getISOLanguages()) {
            out.add(two);
            try {
                out.add(Locale.of(two).getISO3Language());
            } catch (java.util.MissingResourceException e) {
                // a two-letter code without a three-letter one: the two letters still count
            }
        }
        return Set.copyOf(out);
    }
}
