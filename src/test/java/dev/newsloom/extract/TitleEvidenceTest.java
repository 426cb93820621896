package dev.newsloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Titles, fifth round: a tail worded as a phrase is no site's name, a site's front page is titled
 * with the site's name, and a kicker or label inside the headline's element ("Get to know",
 * "Title:") goes when the declared title leaves it out. Pages written here.
 */
class TitleEvidenceTest {
    private final DensityExtractor extractor = new DensityExtractor();
    private static final String P1 = ExtractionFieldsTest.P1, P2 = ExtractionFieldsTest.P2;

    private String title(String head, String body, String url) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", url).title();
    }

    private static String meta(String property, String content) {
        return "<meta property=\"" + property + "\" content=\"" + content + "\">";
    }

    private static String article(String h1) {
        return "<article><h1>" + h1 + "</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>";
    }

    @Test
    void aTailWordedAsAPhraseStaysWithTheHeadline() {
        String phrase = "How to patch a bike tube – From a Shop Mechanic";
        assertThat(title("<title>" + phrase + "</title>" + meta("og:title", phrase), article(phrase), null)).isEqualTo(phrase);
        // a short name in capitals after the separator is still the site's
        String named = "How to patch a bike tube – Harbor Cycle Works";
        assertThat(title("<title>" + named + "</title>" + meta("og:title", named), article(named), null)).isEqualTo("How to patch a bike tube");
    }

    @Test
    void aSitesFrontPageIsTitledWithTheSitesName() {
        String head = "<title>Harbor Gazette | News for the bay since 1921</title>" + meta("og:site_name", "Harbor Gazette")
                + meta("og:type", "website");
        String body = "<main><div class=\"slide\"><h2>Sea wall vote tonight</h2></div><p>" + P1 + "</p><p>" + P2 + "</p></main>";
        assertThat(title(head, body, "https://harbor.example/")).isEqualTo("Harbor Gazette");
        // any other address keeps the page's own title, and so does a root address on a page declaring an article
        assertThat(title(head, body, "https://harbor.example/about")).isEqualTo("News for the bay since 1921");
        String article = head.replace("content=\"website\"", "content=\"article\"");
        assertThat(title(article, body, "https://harbor.example/")).isEqualTo("News for the bay since 1921");
        // a front page whose title is a headline beginning with the name, not the name and a tagline, keeps it
        String own = "<title>Harbor Gazette wins the bay's press award</title>" + meta("og:site_name", "Harbor Gazette");
        assertThat(title(own, body, "https://harbor.example/")).isEqualTo("Harbor Gazette wins the bay's press award");
        assertThat(FrontPages.isFront("https://harbor.example")).isTrue();
        assertThat(FrontPages.isFront("https://harbor.example/?page=2")).isFalse();
        assertThat(FrontPages.isFront("not an address")).isFalse();
    }

    @Test
    void aKickerInsideTheHeadlinesElementGoesWhenTheDeclaredTitleLeavesItOut() {
        String h1 = "<div class=\"kicker\">Get to know</div> <span>Harbor Coffee Roasters</span>";
        assertThat(title("<title>Harbor Coffee Roasters | Bay Stories</title>", article(h1), null)).isEqualTo("Harbor Coffee Roasters");
        // a declared title that has the kicker's words keeps the whole headline
        assertThat(title("<title>Get to know Harbor Coffee Roasters | Bay Stories</title>", article(h1), null))
                .isEqualTo("Get to know Harbor Coffee Roasters");
        // text of the heading's own before the element: no kicker, the headline stays whole
        String inline = "Meet <em>Harbor Coffee Roasters</em>";
        assertThat(title("<title>Harbor Coffee Roasters | Bay Stories</title>", article(inline), null))
                .isEqualTo("Meet Harbor Coffee Roasters");
    }

    @Test
    void aLabelInAnElementOfItsOwnRunIntoTheHeadlineGoesWhenTheDeclaredTitleIsTheRest() {
        String h1 = "<span class=\"descriptor\">Title:</span>Mapping the harbor's flood zones";
        assertThat(title("<title>x</title>" + meta("og:title", "Mapping the harbor's flood zones"), article(h1), null))
                .isEqualTo("Mapping the harbor's flood zones");
    }
}
