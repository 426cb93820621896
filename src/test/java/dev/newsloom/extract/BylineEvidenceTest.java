package dev.newsloom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Bylines, third round: what comes off a name, what can never be one, lists of authors, and the
 * site's own name giving way to a person. Pages and names are written here, not copied.
 */
class BylineEvidenceTest {
    private final DensityExtractor extractor = new DensityExtractor();
    private static final String P1 = ExtractionFieldsTest.P1, P2 = ExtractionFieldsTest.P2;

    private String byline(String head, String body) {
        return extractor.extract("<html><head><title>Sea wall approved | Harbor Gazette</title>" + head + "</head><body>" + body
                + "</body></html>", "https://harbor.example/a").byline();
    }

    @Test
    void tailsAfterTheNameComeOff() {
        assertThat(Bylines.clean("Ana Vel and Tom Ng, The Harbor Gazette")).isEqualTo("Ana Vel and Tom Ng");
        assertThat(Bylines.clean("Ana Vel - Harbor Editorial Team")).isEqualTo("Ana Vel");
        assertThat(Bylines.clean("Ana Vel | Author")).isEqualTo("Ana Vel");
        assertThat(Bylines.clean("by Harbor Tools on Jan 22, 2026")).isEqualTo("Harbor Tools");
        assertThat(Bylines.clean("Harbor Tools- 2026/4/29")).isEqualTo("Harbor Tools");
        assertThat(Bylines.clean("Harbor Builders Harbor Builders Harbor Builders")).isEqualTo("Harbor Builders");
        assertThat(Bylines.clean("Insights from Lena Park Marketing Director May 14, 2026")).isEqualTo("Lena Park");
        assertThat(Bylines.clean("By Harbor Team• 4 mins read")).isEqualTo("Harbor Team");
        // "on" inside a name is no date ("Simon Marsh"), and a comma title stays as written
        assertThat(Bylines.clean("Simon Marsh")).isEqualTo("Simon Marsh");
        assertThat(Bylines.clean("Ana Vel, Senior Editor")).isEqualTo("Ana Vel, Senior Editor");
    }

    @Test
    void daysCommentersOwnersAndNetworksAreNoAuthors() {
        assertThat(Bylines.plausible("Sat")).isFalse();
        assertThat(Bylines.plausible("Gull Watcher says:")).isFalse();
        assertThat(Bylines.plausible("Owned by Harbor Holdings Limited")).isFalse();
        assertThat(Bylines.plausible("Bluesky")).isFalse();
        assertThat(Bylines.plausible("Full Bio")).isFalse();
        assertThat(Bylines.plausible("Tom Ray")).isTrue();
        // the comments' bylines never stand for the article's, even on a page whose body says "comments-open"
        assertThat(extractor.extract("<html><body class=\"single comments-open\"><article><h1>Sea wall approved</h1>"
                + "<p class=\"meta\">Posted by HarborDesk on Friday December 19, 2026 @08:00PM</p><p>" + P1 + "</p><p>" + P2
                + "</p></article><section class=\"comments\"><div class=\"byline\">by Gull_fan ( 12345 )</div><p>First!</p>"
                + "</section></body></html>", "https://harbor.example/a").byline()).isEqualTo("HarborDesk");
    }

    @Test
    void severalAuthorsAreAllKeptAndWrittenAsThePageShowsThem() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":"
                + "\"Ana Vel\"},{\"@type\":\"Person\",\"name\":\"Tom Ng\"},{\"@type\":\"Person\",\"name\":\"Li Wei\"}]}</script>";
        assertThat(byline(ld, "<article><p>" + P1 + "</p></article>")).isEqualTo("Ana Vel, Tom Ng, Li Wei");
        assertThat(byline(ld, "<article><h1>Sea wall approved</h1><p class=\"byline\">By Ana Vel, Tom Ng and Li Wei</p><p>" + P1
                + "</p></article>")).isEqualTo("Ana Vel, Tom Ng and Li Wei");
        // one declared author, three in the visible byline: the byline
        String one = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":"
                + "\"Ana Vel\"}}</script>";
        assertThat(byline(one, "<article><div class=\"post-author\">Written by Dr Ana Vel, Tom Ng, Li Wei</div><p>" + P1
                + "</p></article>")).isEqualTo("Dr Ana Vel, Tom Ng, Li Wei");
        // ... but not the title that follows a name
        assertThat(byline(one, "<article><div class=\"post-author\">Ana Vel, Print Managing Editor</div><p>" + P1
                + "</p></article>")).isEqualTo("Ana Vel");
        // each author a link of their own in one line; a reviewer's line is no list of authors
        assertThat(byline("<meta name=\"author\" content=\"Ana Vel\">", "<article><div class=\"names\"><a href=\"/author/ana/\">Ana "
                + "Vel</a>, <a href=\"/author/tom/\">Tom Ng</a> &amp; <a href=\"/author/li/\">Li Wei</a></div><p>" + P1 + "</p></article>"))
                .isEqualTo("Ana Vel, Tom Ng & Li Wei");
        assertThat(byline("<meta name=\"author\" content=\"Ana Vel\">", "<article><div class=\"names\"><a href=\"/author/ana/\">Ana "
                + "Vel</a>, reviewed by <a href=\"/author/tom/\">Dr Tom Ng</a></div><p>" + P1 + "</p></article>")).isEqualTo("Ana Vel");
        assertThat(byline("<meta name=\"citation_author\" content=\"Ana Vel\"><meta name=\"citation_author\" content=\"Tom Ng\">",
                "<article><p>" + P1 + "</p></article>")).isEqualTo("Ana Vel, Tom Ng");
    }

    @Test
    void theSitesOwnNameGivesWayToAPersonSignedOnThePage() {
        String site = "<meta property=\"og:site_name\" content=\"Harbor Gazette\"><meta name=\"author\" content=\"Harbor Gazette\">";
        assertThat(byline(site, "<article><h1>Sea wall approved</h1><p>By <a href=\"/author/ana-vel/\">Ana Vel</a></p><p>" + P1
                + "</p></article>")).isEqualTo("Ana Vel");
        assertThat(byline(site, "<article><h1>Sea wall approved</h1><p>" + P1 + "</p></article>")).isEqualTo("Harbor Gazette");
        // a team, likewise; a name found only after a stray label never replaces the site's name
        assertThat(byline("<meta name=\"author\" content=\"Harbor Staff\">", "<article><h1>Sea wall approved</h1>"
                + "<p>Written by Tom Ray</p><p>" + P1 + "</p></article>")).isEqualTo("Tom Ray");
        assertThat(byline(site, "<article><p>" + P1 + "</p><p>" + P2 + "</p></article><div class=\"box\"><h3>Author</h3>"
                + "<p>Marna Tide</p></div>")).isEqualTo("Harbor Gazette");
    }

    @Test
    void aNameBesideAnAvatarOrAPersonIconSignsButNotAMenuItemOrAPopup() {
        assertThat(byline("", "<article><h1>Sea wall approved</h1><ul class=\"post-meta\"><li><i class=\"bi bi-person\"></i> "
                + "Marta Kowal </li><li>6 min read</li></ul><p>" + P1 + "</p></article>")).isEqualTo("Marta Kowal");
        assertThat(byline("", "<article><h1>Sea wall approved</h1><p><img class=\"avatar avatar-xs\" src=\"a.png\"> Ravi Menon in "
                + "<a href=\"/c/harbour\">Harbour</a></p><p>" + P1 + "</p></article>")).isEqualTo("Ravi Menon");
        assertThat(byline("", "<ul class=\"links\"><li><a href=\"/directory\"><i class=\"fa-solid fa-user\"></i>Contact Directory"
                + "</a></li></ul><article><p>" + P1 + "</p></article>")).isNull();
        assertThat(byline("", "<div class=\"fab\"><i class=\"fa-regular fa-user\"></i></div><div class=\"popup\"><h3>Consumer "
                + "Insights</h3></div><article><p>" + P1 + "</p></article>")).isNull();
        // the initials an avatar prints before the name
        assertThat(Bylines.clean("CM Carla Mendes")).isEqualTo("Carla Mendes");
        assertThat(Bylines.clean("AP Harbor Desk Team")).isEqualTo("AP Harbor Desk Team");
    }

    @Test
    void aDateAndANameAboveTheHeadlineSign() {
        assertThat(byline("", "<article><div><span>Dec 17, 2026</span><span>Julian K. Arni</span></div><h1>Sea wall approved "
                + "by the council</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>")).isEqualTo("Julian K. Arni");
    }
}
