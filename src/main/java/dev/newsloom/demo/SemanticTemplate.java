package dev.newsloom.demo;

/** Clean HTML5 semantics: article, header, figure, aside and footer inside the article. */
final class SemanticTemplate implements PublisherTemplate {
    @Override
    public String articlePage(ArticleView v) {
        DemoArticle a = v.article();
        Publisher p = v.publisher();
        return Layout.fill("""
                <!DOCTYPE html>
                <html lang="%LANG">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width">
                  <title>%TITLE</title>
                  <meta property="og:title" content="%ATITLE">
                </head>
                <body>
                  <header role="banner"><a href="%HOME" class="wordmark">%PUB</a>
                    <nav aria-label="Sections"><ul>
                %NAV    </ul></nav>
                  </header>
                  <main>
                    <article>
                      <header>
                        <p class="section"><a href="%SECTIONHREF">%SECTION</a></p>
                        <h1>%TITLE</h1>
                        <p class="byline">%BYLINE<time datetime="%ISO">%DISPLAY</time></p>
                      </header>
                %FIGURE%BODY      <aside class="inline-related">
                %RELATED      </aside>
                      <footer>%BIO%SHARE</footer>
                    </article>
                %COMMENTS  </main>
                  <aside class="sidebar">%AD%NEWSLETTER</aside>
                  <footer role="contentinfo"><nav>%FOOTER</nav><small>%COPY</small></footer>
                %COOKIE</body>
                </html>
                """,
                "LANG", a.lang(), "TITLE", Html.text(a.title()), "ATITLE", Html.attr(a.title()), "HOME", p.homePath(),
                "PUB", Html.text(p.name()), "NAV", Clutter.navLinks(p, "      <li>", "</li>\n"), "SECTIONHREF", v.sectionHref(),
                "SECTION", a.category(),
                "BYLINE", (a.byline() == null ? "" : "By <a rel=\"author\" href=\"" + p.homePath() + "?author="
                        + Html.attr(a.byline()) + "\">" + Html.text(a.byline()) + "</a>, ")
                        + (a.credit() == null ? "" : Html.text(a.credit()) + ", "),
                "ISO", v.iso(), "DISPLAY", v.displayDate(), "FIGURE", Clutter.figure("lead", v),
                "BODY", v.paragraphs("<p>", "</p>"), "RELATED", Clutter.related("related", "Read next", v),
                "BIO", Clutter.authorBio("contributor", v), "SHARE", Clutter.shareBar("share", v),
                "COMMENTS", Clutter.comments("comments", v), "AD", Clutter.ad("advert"),
                "NEWSLETTER", Clutter.newsletter("newsletter", p), "FOOTER", Clutter.footerLinks(p),
                "COPY", Clutter.copyright(p), "COOKIE", Clutter.cookieBanner("consent-banner", p));
    }
}
