package dev.newsloom.demo;

/** A modern CMS page: schema.org NewsArticle in JSON-LD, breadcrumbs, and a recurring promo in the body. */
final class JsonLdTemplate implements PublisherTemplate {
    @Override
    public String articlePage(ArticleView v) {
        DemoArticle a = v.article();
        Publisher p = v.publisher();
        StringBuilder body = new StringBuilder(v.paragraphs("<p>", "</p>"));
        if (!v.related().isEmpty()) {
            DemoArticle more = v.related().get(0);
            body.append("    <p class=\"read-more\"><strong>Read more:</strong> <a href=\"").append(Html.attr(more.path()))
                    .append("\">").append(Html.text(more.title())).append("</a></p>\n");
        }
        if (p.promo() != null) body.append("    <p class=\"promo\">").append(Html.text(p.promo())).append("</p>\n");
        return Layout.fill("""
                <!DOCTYPE html>
                <html lang="%LANG">
                <head>
                <meta charset="utf-8">
                <title>%TITLE | %PUB</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="description" content="%DESC">
                <link rel="canonical" href="%URL">
                <link rel="alternate" type="application/rss+xml" title="%PUB" href="%FEED">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":%JTITLE,"datePublished":"%ISO","dateModified":"%ISO",%JAUTHOR"publisher":{"@type":"NewsMediaOrganization","name":%JPUB},%JIMAGE"articleSection":"%SECTION","mainEntityOfPage":"%URL"}
                </script>
                </head>
                <body class="article-page">
                %COOKIE<header class="site-header">
                  <a class="logo" href="%HOME">%PUB</a>
                  <nav class="main-nav"><ul>
                %NAV  </ul></nav>
                </header>
                %AD<main id="main">
                  <ol class="breadcrumbs"><li><a href="%HOME">Home</a></li><li><a href="%SECTIONHREF">%SECTION</a></li></ol>
                  <h1 class="headline">%TITLE</h1>
                  <div class="byline">%BYLINE<span class="published">%DISPLAY</span></div>
                %SHARE%FIGURE  <div class="article-body">
                %BODY  </div>
                %BIO%NEWSLETTER%RELATED%COMMENTS</main>
                <footer class="site-footer"><p>%FOOTER</p><p>%COPY</p></footer>
                </body>
                </html>
                """,
                "LANG", a.lang(),
                "JTITLE", Html.json(a.title()),
                "JAUTHOR", a.byline() == null ? "" : "\"author\":[{\"@type\":\"Person\",\"name\":" + Html.json(a.byline()) + "}],",
                "JPUB", Html.json(p.name()),
                "JIMAGE", a.imagePath() == null ? "" : "\"image\":[" + Html.json(v.imageUrl()) + "],",
                "COOKIE", Clutter.cookieBanner("cookie-banner", p),
                "NAV", Clutter.navLinks(p, "    <li>", "</li>\n"),
                "AD", Clutter.ad("ad-leaderboard"),
                "BYLINE", (a.byline() == null ? "" : "By <a class=\"author\" href=\"" + p.homePath() + "?author="
                        + Html.attr(a.byline()) + "\">" + Html.text(a.byline()) + "</a> ")
                        + (a.credit() == null ? "" : "<span class=\"credit\">" + Html.text(a.credit()) + "</span> "),
                "SHARE", Clutter.shareBar("share-bar", v),
                "FIGURE", Clutter.figure("lead-image", v),
                "BIO", Clutter.authorBio("author-bio", v),
                "NEWSLETTER", Clutter.newsletter("newsletter-promo", p),
                "RELATED", Clutter.related("related-articles", "More from " + Html.text(p.name()), v),
                "COMMENTS", Clutter.comments("comments", v),
                "FOOTER", Clutter.footerLinks(p),
                "COPY", Clutter.copyright(p),
                "DESC", Html.attr(v.description()),
                "URL", Html.attr(v.url()),
                "FEED", p.feedPath(),
                "HOME", p.homePath(),
                "SECTIONHREF", v.sectionHref(),
                "SECTION", a.category(),
                "ISO", v.iso(),
                "DISPLAY", v.displayDate(),
                "PUB", Html.text(p.name()),
                "TITLE", Html.text(a.title()),
                "BODY", body.toString());
    }
}
