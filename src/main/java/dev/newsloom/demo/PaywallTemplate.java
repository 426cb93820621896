package dev.newsloom.demo;

/** Subscribers only: the page carries the teaser paragraph and a subscription wall, nothing more. */
final class PaywallTemplate implements PublisherTemplate {
    @Override
    public String articlePage(ArticleView v) {
        DemoArticle a = v.article();
        Publisher p = v.publisher();
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":" + Html.json(a.title())
                + ",\"datePublished\":\"" + v.iso() + "\","
                + (a.byline() == null ? "" : "\"author\":{\"@type\":\"Person\",\"name\":" + Html.json(a.byline()) + "},")
                + "\"isAccessibleForFree\":false,\"hasPart\":{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":false,"
                + "\"cssSelector\":\".paywall\"}}";
        return Layout.fill("""
                <!DOCTYPE html>
                <html lang="%LANG">
                <head>
                <meta charset="utf-8">
                <title>%TITLE | %PUB</title>
                <meta property="og:title" content="%ATITLE">
                <script type="application/ld+json">%LD</script>
                </head>
                <body>
                <header class="kr-header"><a href="%HOME">%PUB</a> <a class="kr-login" href="%HOME?page=login">Log in</a> <a class="kr-subscribe" href="%HOME?page=subscribe">Subscribe</a>
                  <nav><ul>
                %NAV  </ul></nav>
                </header>
                <main>
                  <article class="kr-article">
                    <p class="kr-section"><a href="%SECTIONHREF">%SECTION</a></p>
                    <h1>%TITLE</h1>
                    <p class="kr-byline">%BYLINE<time datetime="%ISO">%DISPLAY</time></p>
                %FIGURE    <div class="kr-teaser">
                %BODY    </div>
                    <div class="paywall">
                      <h2>Subscribe to read</h2>
                      <p>This article is for subscribers. Get unlimited access to The Kestrel Review's journalism for $1 a week for your first three months.</p>
                      <a class="kr-cta" href="%HOME?page=subscribe">Subscribe now</a> <a href="%HOME?page=login">Already a subscriber? Log in</a>
                    </div>
                  </article>
                %RELATED%AD</main>
                <footer>%FOOTER<p>%COPY</p></footer>
                %COOKIE</body>
                </html>
                """,
                "LANG", a.lang(), "TITLE", Html.text(a.title()), "PUB", Html.text(p.name()), "ATITLE", Html.attr(a.title()),
                "LD", ld, "HOME", p.homePath(), "NAV", Clutter.navLinks(p, "    <li>", "</li>\n"),
                "SECTIONHREF", v.sectionHref(), "SECTION", a.category(),
                "BYLINE", a.byline() == null ? "" : "By " + Html.text(a.byline()) + " &bull; ",
                "ISO", v.iso(), "DISPLAY", v.displayDate(), "FIGURE", Clutter.figure("kr-figure", v),
                "BODY", v.paragraphs("<p>", "</p>"), "RELATED", Clutter.related("kr-related", "Recommended", v), "AD", Clutter.ad("kr-ad"),
                "FOOTER", Clutter.footerLinks(p), "COPY", Clutter.copyright(p), "COOKIE", Clutter.cookieBanner("kr-consent", p));
    }
}
