package dev.newsloom.extract;

import dev.newsloom.model.ExtractedArticle;

/**
 * The Harbor Gazette: the small pages the extraction tests write around their paragraphs
 * (nothing copied from a real site), so each test shows only the markup its rule is about.
 */
final class HarborPages {
    private static final DensityExtractor EXTRACTOR = new DensityExtractor();

    private HarborPages() {}

    /** A page whose {@code <body>} is {@code body}. */
    static ExtractedArticle page(String body) {
        return EXTRACTOR.extract("<html><head><title>Sea wall approved | Harbor Gazette</title></head><body>" + body + "</body></html>",
                "https://harbor.example/a");
    }

    /** An article by Mara Quint whose content container holds {@code article}. */
    static ExtractedArticle article(String article) {
        return EXTRACTOR.extract("<html><head><title>Sea wall approved | Harbor Gazette</title>"
                + "<meta name=\"author\" content=\"Mara Quint\"></head><body><article><div class=\"entry-content\">"
                + article + "</div></article></body></html>", "https://harbor.example/a");
    }
}
