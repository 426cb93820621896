package dev.newsloom.web;

import dev.newsloom.model.SiteLanguage;

/**
 * The languages the site serves in its {lang} path segment: exactly the codes {@link Paths#lang}
 * writes, as {@link SiteLanguage} decides them, so a link the site makes always leads to a page
 * and anything else ("zz", "1<x>", "EN") is no page of this site: a feed cannot be reached under
 * endless made-up prefixes, each with its own id.
 */
final class Languages {
    private Languages() {}

    static boolean served(String lang) {
        return SiteLanguage.isCode(lang);
    }
}
