package dev.newsloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Titles, fifth round: a tail worded as a phrase is no site's name, a site's front page is titled
 * with the site's name, a kicker or label inside the headline's element ("Get to know",
 * "Title:") goes when the declared title leaves it out, and a site named only by its copyright
 * line comes off the {@code <title>}. Pages written here.
 */
class TitleEvidenceTest {
    private final DensityExtractor extractor = new DensityExtractor();
    private static final String P1 = ExtractionFieldsTest.P1, P2 = ExtractionFieldsTest.P2;
    private static final String P3 = "Residents of the low streets by the marsh had asked for the wall since the floods of the last two winters.",
            P4 = "The council will borrow part of the money and ask the regional fund for the rest, the treasurer told members.",
            P5 = "Opponents said the wall would cut the promenade off from the water and asked for a lower design instead.",
            P6 = "A public meeting on the final drawings is planned for February in the school hall on Quay Street.";

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

    @Test
    void aSiteNamedOnlyByItsCopyrightLineComesOffTheTitle() {
        // an old template: no metadata, no heading element, the name only in the masthead and the footer
        // (enough paragraphs that the body is found without the headline, which then cannot stand in for the title)
        String body = "<table><tr><td><font size=\"5\"><b>Harbor Gazette</b></font></td></tr><tr><td>"
                + "<font size=\"1\"><a href=\"/\">Home</a> &gt; <a href=\"/local\">Local</a></font><br>"
                + "<font size=\"5\"><b>Sea wall approved after a long night</b></font><br><font size=\"1\">By Ana Vel<br>Nov 21, 2026</font>"
                + "<hr><font size=\"2\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p><p>" + P5 + "</p><p>" + P6 + "</p></font>"
                + "</td></tr><tr><td><font size=\"1\">© 2026 Harbor Gazette. All rights reserved.</font></td></tr></table>";
        assertThat(title("<title>Harbor Gazette - Sea wall approved after a long night</title>", body, null))
                .isEqualTo("Sea wall approved after a long night");
        // without the copyright line nothing tells which end is the site's
        String unsigned = body.replace("© 2026 Harbor Gazette. All rights reserved.", "Best viewed at 1024x768.");
        assertThat(title("<title>Harbor Gazette - Sea wall approved after a long night</title>", unsigned, null))
                .isEqualTo("Harbor Gazette - Sea wall approved after a long night");
        assertThat(Copyrights.holder(org.jsoup.Jsoup.parse("<p>Copyright 2019-2026 by Ana Vel, all rights reserved</p>"))).isEqualTo("Ana Vel");
        assertThat(Copyrights.holder(org.jsoup.Jsoup.parse("<p>Photos © Bay Photo Co | About</p>"))).isEqualTo("Bay Photo Co");
        assertThat(Copyrights.holder(org.jsoup.Jsoup.parse("<p>No notice here</p>"))).isNull();
    }
}
