package dev.newsloom.demo;

/**
 * Nothing semantic at all: no h1, no article, no p, no figure; only divs and spans with generated
 * class names, the way some page builders emit. A "Read more" teaser sits inside the body.
 */
final class DivSoupTemplate implements PublisherTemplate {
    @Override
    public String articlePage(ArticleView v) {
        DemoArticle a = v.article();
        Publisher p = v.publisher();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < a.paragraphs().size(); i++) {
            body.append("        <div class=\"x9k-txt\">").append(Html.text(a.paragraphs().get(i))).append("</div>\n");
            if (i == 1 && !v.related().isEmpty()) {
                DemoArticle more = v.related().get(0);
                body.append("        <div class=\"x9k-inline\"><span>READ MORE:</span> <a href=\"").append(Html.attr(more.path()))
                        .append("\">").append(Html.text(more.title())).append("</a></div>\n");
            }
        }
        String image = a.imagePath() == null ? "" : """
                      <div class="x9k-img"><img src="%s"><div class="x9k-cap">%s</div></div>
                """.formatted(Html.attr(a.imagePath()), Html.text(a.caption()));
        StringBuilder nav = new StringBuilder();
        nav.append(Clutter.navLinks(p, "<span class=\"x9k-nav-i\">", "</span>"));
        return Layout.fill("""
                <html>
                <head>
                <meta charset="utf-8">
                <title>%TITLE</title>
                <link rel="alternate" type="application/rss+xml" title="%PUB RSS" href="%FEED">
                </head>
                <body>
                <div class="x9k-root">
                  <div class="x9k-top"><div class="x9k-logo"><a href="%HOME">%PUB</a></div><div class="x9k-nav">%NAV</div></div>
                  %AD
                  <div class="x9k-row">
                    <div class="x9k-col-8">
                      <div class="x9k-cat">%SECTION</div>
                      <div class="x9k-title">%TITLE</div>
                      <div class="x9k-meta"><span class="x9k-by">%BYLINE</span><span class="x9k-dt">%DISPLAY</span></div>
                %IMAGE      <div class="x9k-body">
                %BODY      </div>
                %SHARE    </div>
                    <div class="x9k-col-4">%RELATED%NEWSLETTER</div>
                  </div>
                %COMMENTS  <div class="x9k-foot">%FOOTER<div>%COPY</div></div>
                </div>
                %COOKIE</body>
                </html>
                """,
                "TITLE", Html.text(a.title()), "PUB", Html.text(p.name()), "FEED", p.feedPath(), "HOME", p.homePath(),
                "NAV", nav.toString(), "AD", Clutter.ad("x9k-ad"), "SECTION", a.category(),
                "BYLINE", (a.byline() == null ? "Staff" : Html.text(a.byline())) + (a.credit() == null ? "" : " / " + Html.text(a.credit())) + " | ",
                "DISPLAY", v.usDate(), "IMAGE", image, "BODY", body.toString(), "SHARE", Clutter.shareBar("x9k-share", v),
                "RELATED", Clutter.related("x9k-rel", "You may also like", v).replace("<h3>", "<div class=\"x9k-h\">")
                        .replace("</h3>", "</div>").replace("<ul>", "<div>").replace("</ul>", "</div>")
                        .replace("<li>", "<div class=\"x9k-li\">").replace("</li>", "</div>"),
                "NEWSLETTER", Clutter.newsletter("x9k-nl", p).replace("<h3>", "<div class=\"x9k-h\">").replace("</h3>", "</div>")
                        .replace("<p>", "<div>").replace("</p>", "</div>"),
                "COMMENTS", Clutter.comments("x9k-cmt", v).replace("<section", "<div").replace("</section>", "</div>")
                        .replace("<h3>", "<div class=\"x9k-h\">").replace("</h3>", "</div>").replace("<p", "<div").replace("</p>", "</div>"),
                "FOOTER", Clutter.footerLinks(p), "COPY", Clutter.copyright(p),
                "COOKIE", Clutter.cookieBanner("x9k-cc", p).replace("<p>", "<div>").replace("</p>", "</div>"));
    }
}
