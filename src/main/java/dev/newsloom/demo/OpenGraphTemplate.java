package dev.newsloom.demo;

/** Only OpenGraph and plain meta tags describe the article; no structured data at all. */
final class OpenGraphTemplate implements PublisherTemplate {
    @Override
    public String articlePage(ArticleView v) {
        DemoArticle a = v.article();
        Publisher p = v.publisher();
        return Layout.fill("""
                <!DOCTYPE html>
                <html>
                <head>
                <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
                <title>%PUB: %TITLE</title>
                <meta property="og:type" content="article">
                <meta property="og:site_name" content="%PUB">
                <meta property="og:title" content="%ATITLE">
                <meta property="og:description" content="%DESC">
                <meta property="og:url" content="%URL">
                %OGIMAGE<meta property="article:published_time" content="%ISO">
                <meta property="article:section" content="%SECTION">
                %AUTHOR<meta name="twitter:card" content="summary_large_image">
                </head>
                <body>
                <div id="wrapper">
                  <div id="header"><a href="%HOME"><img src="/static/valemont-logo.png" alt="%PUB"></a>
                    <ul id="menu">
                %NAV    </ul>
                  </div>
                  %AD
                  <div id="content">
                    <p class="section-label"><a href="%SECTIONHREF">%SECTION</a></p>
                    <h1 class="headline">%TITLE</h1>
                    <p class="dateline">%BYLINE%DISPLAY</p>
                %FIGURE    <div class="text">
                %BODY    </div>
                %SHARE  </div>
                  <div id="sidebar">
                %RELATED%NEWSLETTER  </div>
                  <div id="footer">%FOOTER<p>%COPY</p></div>
                </div>
                %COOKIE</body>
                </html>
                """,
                "PUB", Html.text(p.name()), "TITLE", Html.text(a.title()), "ATITLE", Html.attr(a.title()),
                "DESC", Html.attr(v.description()), "URL", Html.attr(v.url()),
                "OGIMAGE", a.imagePath() == null ? "" : "<meta property=\"og:image\" content=\"" + Html.attr(v.imageUrl()) + "\">\n",
                "ISO", v.iso(), "SECTION", a.category(),
                "AUTHOR", a.byline() == null ? "" : "<meta name=\"author\" content=\"" + Html.attr(a.byline()) + "\">\n",
                "HOME", p.homePath(), "NAV", Clutter.navLinks(p, "      <li>", "</li>\n"), "AD", Clutter.ad("banner"),
                "SECTIONHREF", v.sectionHref(),
                "BYLINE", (a.byline() == null ? "" : "By " + Html.text(a.byline()) + " &middot; ")
                        + (a.credit() == null ? "" : Html.text(a.credit()) + " &middot; "),
                "DISPLAY", v.usDate(), "FIGURE", Clutter.figure("photo", v), "BODY", v.paragraphs("<p>", "</p>"),
                "SHARE", Clutter.shareBar("sharing", v), "RELATED", Clutter.related("most-read", "Most read", v),
                "NEWSLETTER", Clutter.newsletter("newsletter", p), "FOOTER", Clutter.footerLinks(p),
                "COPY", Clutter.copyright(p), "COOKIE", Clutter.cookieBanner("cookie-notice", p));
    }
}
