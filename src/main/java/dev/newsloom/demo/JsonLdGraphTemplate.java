package dev.newsloom.demo;

/** JSON-LD with an @graph (WebPage, NewsArticle, BreadcrumbList) and an advert between paragraphs. */
final class JsonLdGraphTemplate implements PublisherTemplate {
    @Override
    public String articlePage(ArticleView v) {
        DemoArticle a = v.article();
        Publisher p = v.publisher();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < a.paragraphs().size(); i++) {
            body.append("      <p class=\"story-text\">").append(Html.text(a.paragraphs().get(i))).append("</p>\n");
            if (i == 2) body.append("      ").append(Clutter.ad("inline-ad"));
        }
        String graph = "{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"@id\":" + Html.json(v.url()) + ",\"name\":" + Html.json(a.title()) + "},"
                + "{\"@type\":\"NewsArticle\",\"headline\":" + Html.json(a.title()) + ",\"datePublished\":\"" + v.iso() + "\","
                + (a.byline() == null ? "" : "\"author\":{\"@type\":\"Person\",\"name\":" + Html.json(a.byline()) + "},")
                + (a.imagePath() == null ? "" : "\"image\":{\"@type\":\"ImageObject\",\"url\":" + Html.json(v.imageUrl())
                        + ",\"caption\":" + Html.json(a.caption()) + "},")
                + "\"isPartOf\":{\"@id\":" + Html.json(v.url()) + "},\"publisher\":{\"@id\":\"#org\"}},"
                + "{\"@type\":\"NewsMediaOrganization\",\"@id\":\"#org\",\"name\":" + Html.json(p.name()) + "},"
                + "{\"@type\":\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,\"name\":\"News\"},"
                + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"" + a.category() + "\"}]}]}";
        return Layout.fill("""
                <!doctype html>
                <html lang="%LANG">
                <head>
                  <meta charset="UTF-8">
                  <title>%TITLE - %PUB</title>
                  <script type="application/ld+json">%GRAPH</script>
                  <link rel="stylesheet" href="/static/northgate.css">
                </head>
                <body>
                  <div class="topbar"><span class="date-today">Today's paper</span> <a href="%HOME?page=subscribe">Subscribe</a> <a href="%HOME?page=login">Sign in</a></div>
                  <header class="masthead"><a href="%HOME" class="brand">%PUB</a>
                    <nav><ul class="menu">
                %NAV    </ul></nav>
                  </header>
                  <main class="layout">
                    <div class="story">
                      <header class="story-header">
                        <a class="kicker" href="%SECTIONHREF">%SECTION</a>
                        <h1>%TITLE</h1>
                        <p class="story-meta">%BYLINE<span class="story-date">Published %DISPLAY</span></p>
                      </header>
                %FIGURE      <div class="story-body">
                %BODY      </div>
                %SHARE    </div>
                    <aside class="rail">
                %RELATED%AD    </aside>
                  </main>
                %NEWSLETTER  <footer class="page-footer">%FOOTER<br>%COPY</footer>
                %COOKIE</body>
                </html>
                """,
                "LANG", a.lang(), "TITLE", Html.text(a.title()), "PUB", Html.text(p.name()), "GRAPH", graph,
                "HOME", p.homePath(), "NAV", Clutter.navLinks(p, "      <li class=\"menu-item\">", "</li>\n"),
                "SECTIONHREF", v.sectionHref(), "SECTION", a.category(),
                "BYLINE", (a.byline() == null ? "" : "<span class=\"story-author\">" + Html.text(a.byline()) + "</span> ")
                        + (a.credit() == null ? "" : "<span class=\"story-source\">" + Html.text(a.credit()) + "</span> "),
                "DISPLAY", v.displayDate(), "FIGURE", Clutter.figure("story-image", v), "BODY", body.toString(),
                "SHARE", Clutter.shareBar("story-share", v), "RELATED", Clutter.related("rail-related", "Related stories", v),
                "AD", Clutter.ad("rail-ad"), "NEWSLETTER", Clutter.newsletter("signup-box", p),
                "FOOTER", Clutter.footerLinks(p), "COPY", Clutter.copyright(p), "COOKIE", Clutter.cookieBanner("consent", p));
    }
}
