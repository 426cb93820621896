package dev.newsloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * Titles, fourth round: a headline damaged in print repaired from the declared title, and the
 * site's name told from the headline where the page gives it no separator or no heading. Pages
 * written here, not copied.
 */
class HeadlineRepairsTest {
    private final DensityExtractor extractor = new DensityExtractor();
    private static final String P1 = ExtractionFieldsTest.P1, P2 = ExtractionFieldsTest.P2;

    private String title(String head, String body) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", null).title();
    }

    private static String og(String title) {
        return "<meta property=\"og:title\" content=\"" + title + "\">";
    }

    @Test
    void charactersLostInPrintAreTakenFromTheDeclaredTitle() {
        String body = "<article><h1>The Harbor?s Sea Wall: A Resident?s Guide</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        assertThat(title("<title>x</title>" + og("The Harbor’s Sea Wall: A Resident’s Guide"), body))
                .isEqualTo("The Harbor’s Sea Wall: A Resident’s Guide");
        // a real question keeps its mark, and a declared title with other words does not replace the headline
        String question = "<article><h1>Is the sea wall too late?</h1><p>" + P1 + "</p></article>";
        assertThat(title("<title>x</title>" + og("Is the sea wall too late? Residents ask"), question)).isEqualTo("Is the sea wall too late?");
        assertThat(title("<title>x</title>" + og("The Harbor’s New Wall Explained"), body)).isEqualTo("The Harbor?s Sea Wall: A Resident?s Guide");
    }

    @Test
    void aSectionLabelBeforeTheHeadlineGoesWhenTheDeclaredTitleIsTheRest() {
        String body = "<article><h1>Blog: Ten things the sea wall will change</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        assertThat(title("<title>Ten things the sea wall will change | Harbor Gazette</title>", body))
                .isEqualTo("Ten things the sea wall will change");
        // a colon that belongs to the headline stays
        String own = "<article><h1>Sea wall: ten things it will change</h1><p>" + P1 + "</p></article>";
        assertThat(title("<title>Sea wall: ten things it will change | Harbor Gazette</title>", own)).isEqualTo("Sea wall: ten things it will change");
    }

    @Test
    void theDeclaredHeadlineWinsOverTheOtherEndOfTheTitleWhenNoHeadingAgrees() {
        // the blog's name is a heading of its own and the shorter end of the <title>
        String body = "<div class=\"site-title\">Ana Vel Notes</div><article><h2>Planning</h2><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        assertThat(title("<title>Ana Vel Notes - How I mapped the harbor's flood zones at home</title>"
                + og("How I mapped the harbor's flood zones at home"), body)).isEqualTo("How I mapped the harbor's flood zones at home");
    }

    @Test
    void aHostNameBeforeTheHeadlineIsTheSitesNameWithoutASeparator() {
        String body = "<header><h1>anavel.dev</h1></header><article><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        assertThat(title("<title>anavel.dev Mapping flood zones</title>", body)).isEqualTo("Mapping flood zones");
        // without the masthead that names it, a host name is part of the headline ("Shop.com opens ...")
        String plain = "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        assertThat(title("<title>anavel.dev Mapping flood zones</title>", plain)).isEqualTo("anavel.dev Mapping flood zones");
    }

    @Test
    void aSubheadingThatStartsTheHeadlineDoesNotShortenIt() {
        // the text's first subheading repeats the headline's start; the headline goes on past a colon
        String body = "<article><h1>Sea wall for beginners: what the vote means</h1><h2>Sea wall for beginners</h2><p>" + P1 + "</p><p>"
                + P2 + "</p></article>";
        assertThat(title("<title>Sea wall for beginners: what the vote means</title>", body)).isEqualTo("Sea wall for beginners: what the vote means");
        // a <title> decorated with the site's name, and the bare headline shown only as the text's first line, still gives the headline
        String bare = "<div><p>Sea wall approved by the council</p><p>" + P1 + "</p><p>" + P2 + "</p></div>";
        assertThat(title("<title>Harbor Gazette - Sea wall approved by the council</title>", bare)).isEqualTo("Sea wall approved by the council");
        assertThat(Titles.decoratedAround("Harbor Gazette - Sea wall approved", "Sea wall approved")).isTrue();
        assertThat(Titles.decoratedAround("Sea wall approved | Harbor Gazette", "Sea wall approved")).isTrue();
        assertThat(Titles.decoratedAround("Sea wall approved: what it means", "Sea wall approved")).isFalse();
        assertThat(Titles.decoratedAround("Why the sea wall approved today matters", "sea wall approved")).isFalse();
    }

    @Test
    void aHeadlineInsideABlockNamedForCaptionsStays() {
        // themes wrap the page's title bar in "page-title-captions"; captions go, the headline does not
        String body = "<div class=\"page-title-captions\"><h1>Sea wall approved by the council</h1></div><article><p>" + P1 + "</p><p>" + P2
                + "</p></article>";
        assertThat(title("<title>Harbor Gazette</title>" + og("Sea wall approved by the council"), body)).isEqualTo("Sea wall approved by the council");
        ExtractedArticle withCaption = extractor.extract("<html><body><article><h1>Sea wall approved by the council</h1><figure><img src=\"/wall.jpg\">"
                + "<div class=\"caption\">The new wall at low tide.</div></figure><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>", null);
        assertThat(withCaption.caption()).isEqualTo("The new wall at low tide.");
        assertThat(withCaption.text()).doesNotContain("low tide");
        // a hero image with the headline over it, all in one figure: the figure stays, its caption goes
        ExtractedArticle hero = extractor.extract("<html><head><title>Harbor Gazette</title>" + og("Council approves a sea wall") + "</head><body>"
                + "<figure style=\"background:url(/wall.jpg)\"><header><h1>Sea wall approved by the council</h1></header>"
                + "<figcaption>The new wall at low tide.</figcaption></figure><article><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>", null);
        assertThat(hero.title()).isEqualTo("Sea wall approved by the council");
        assertThat(hero.caption()).isEqualTo("The new wall at low tide.");
        assertThat(hero.text()).doesNotContain("low tide");
    }

    @Test
    void theDeclaredTitleShownAsAHeadingOfItsOwnWinsOverASectionNameInTheH1() {
        // the h1 is the section's name; the page shows the declared title again as the article's own heading
        String body = "<main><h1>Harbor Updates</h1><article><h2>Council approves the new sea wall</h2><p>" + P1 + "</p><p>" + P2
                + "</p></article></main>";
        assertThat(title("<title>Council approves the new sea wall | Harbor Gazette</title>" + og("Council approves the new sea wall"), body))
                .isEqualTo("Council approves the new sea wall");
        // without that heading the h1 stays, worded unlike the declared title as it may be
        String plain = "<main><h1>Sea wall gets the council's go-ahead</h1><article><p>" + P1 + "</p><p>" + P2 + "</p></article></main>";
        assertThat(title("<title>Council approves the new sea wall | Harbor Gazette</title>", plain)).isEqualTo("Sea wall gets the council's go-ahead");
        // a heading in the menu that repeats the declared title is the site's, not the article's
        String menu = "<nav><h2>Council approves the new sea wall</h2></nav><main><h1>Sea wall gets the council's go-ahead</h1><p>" + P1
                + "</p><p>" + P2 + "</p></main>";
        assertThat(title("<title>Council approves the new sea wall | Harbor Gazette</title>", menu)).isEqualTo("Sea wall gets the council's go-ahead");
        // the site's name declared as the title and shown in a heading is no headline
        String named = "<div><h2>Harbor Gazette</h2></div><main><h1>Sea wall gets the council's go-ahead</h1><p>" + P1 + "</p><p>" + P2 + "</p></main>";
        assertThat(title("<title>Sea wall gets the council's go-ahead</title>" + og("Harbor Gazette")
                + "<meta property=\"og:site_name\" content=\"Harbor Gazette\">", named))
                .isEqualTo("Sea wall gets the council's go-ahead");
    }

    @Test
    void aHeadlineSetInCapitalsIsWrittenAsTheDeclaredTitleWritesIt() {
        String body = "<article><h1>SEA WALL APPROVED BY THE COUNCIL</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        // the same words at the start of the <title>, the site's name after them
        assertThat(title("<title>Sea Wall Approved by the Council | Harbor Labs</title>", body)).isEqualTo("Sea Wall Approved by the Council");
        // a declared title that repeats most of a label in capitals is the headline
        String label = "<article><h1>SUPPORTING THE SEA WALL</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        assertThat(title("<title>x</title>" + og("The Sea Wall: What the Council Approved and Why"), label))
                .isEqualTo("The Sea Wall: What the Council Approved and Why");
        // a declared title in capitals too, or one with other words, leaves the headline as it is
        assertThat(title("<title>x</title>" + og("SEA WALL APPROVED BY THE COUNCIL"), body)).isEqualTo("SEA WALL APPROVED BY THE COUNCIL");
        assertThat(title("<title>SEA WALL APPROVED BY THE COUNCIL</title>" + og("Harbor news of the week"), body)).isEqualTo("SEA WALL APPROVED BY THE COUNCIL");
        assertThat(HeadlineRepairs.inCapitals("NASA FINDS WATER")).isTrue();
        assertThat(HeadlineRepairs.inCapitals("NASA")).isFalse();
        assertThat(HeadlineRepairs.inCapitals("NASA finds water")).isFalse();
    }

    @Test
    void amongDeclaredTitlesThatDisagreeTheOneThePageShowsWins() {
        // no h1; OpenGraph and Twitter declare different wordings, and the post shows the Twitter one
        String body = "<div class=\"post\"><h3 class=\"post-heading\">Why the harbor needs its new sea wall</h3><p>" + P1 + "</p><p>" + P2
                + "</p></div>";
        String head = "<title>x</title>" + og("Sea wall approved after a long night - Harbor Gazette")
                + "<meta name=\"twitter:title\" content=\"Why the harbor needs its new sea wall\">";
        assertThat(title(head, body)).isEqualTo("Why the harbor needs its new sea wall");
        // shown nowhere, the declared headline stays first
        String plain = "<div class=\"post\"><p>" + P1 + "</p><p>" + P2 + "</p></div>";
        assertThat(title(head, plain)).isEqualTo("Sea wall approved after a long night");
    }
}
