package dev.newsloom.demo;

/** schema.org microdata in the markup itself: itemprop headline, author, datePublished, articleBody. */
final class MicrodataTemplate implements PublisherTemplate {
    @Override
    public String articlePage(ArticleView v) {
        DemoArticle a = v.article();
        Publisher p = v.publisher();
        String image = a.imagePath() == null ? "" : """
                      <div class="media" itemprop="image" itemscope itemtype="https://schema.org/ImageObject">
                        <img itemprop="url" src="%s" alt="">
                        <p class="media-caption" itemprop="caption">%s</p>
                      </div>
                """.formatted(Html.attr(a.imagePath()), Html.text(a.caption()));
        return Layout.fill("""
                <!DOCTYPE html>
                <html lang="%LANG">
                <head><meta charset="utf-8"><title>%TITLE</title></head>
                <body>
                %COOKIE<div class="site">
                  <div class="site-nav"><a class="site-logo" href="%HOME">%PUB</a><ul>
                %NAV  </ul></div>
                  <div class="page" itemscope itemtype="https://schema.org/NewsArticle">
                    <meta itemprop="mainEntityOfPage" content="%URL">
                    <div class="crumbs"><a href="%HOME">%PUB</a> &rsaquo; <a href="%SECTIONHREF" itemprop="articleSection">%SECTION</a></div>
                    <h1 itemprop="headline">%TITLE</h1>
                    <div class="meta">%AUTHOR<meta itemprop="datePublished" content="%ISO"><span class="when">%DISPLAY</span>%CREDIT</div>
                %SHARE%IMAGE    <div class="content" itemprop="articleBody">
                %BODY    </div>
                    <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="%PUB"></div>
                  </div>
                %AD%RELATED%COMMENTS  <div class="site-footer">%FOOTER<p>%COPY</p></div>
                </div>
                </body>
                </html>
                """,
                "LANG", a.lang(), "TITLE", Html.text(a.title()), "COOKIE", Clutter.cookieBanner("gdpr", p),
                "HOME", p.homePath(), "PUB", Html.text(p.name()), "NAV", Clutter.navLinks(p, "    <li>", "</li>\n"),
                "URL", Html.attr(v.url()), "SECTIONHREF", v.sectionHref(), "SECTION", a.category(),
                "AUTHOR", a.byline() == null ? "" : "<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">By <span itemprop=\"name\">"
                        + Html.text(a.byline()) + "</span></span> ",
                "ISO", v.iso(), "DISPLAY", v.displayDate(),
                "CREDIT", a.credit() == null ? "" : " <span class=\"source\">Source: " + Html.text(a.credit()) + "</span>",
                "SHARE", Clutter.shareBar("share", v), "IMAGE", image, "BODY", v.paragraphs("<p>", "</p>"),
                "AD", Clutter.ad("ad"), "RELATED", Clutter.related("related", "Read more", v),
                "COMMENTS", Clutter.comments("discussion", v), "FOOTER", Clutter.footerLinks(p), "COPY", Clutter.copyright(p));
    }
}
