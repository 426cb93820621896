package dev.newsloom.demo;

/** A blog-engine page: the date only in a time element, the author in rel=author, a reply form. */
final class TimeTagTemplate implements PublisherTemplate {
    @Override
    public String articlePage(ArticleView v) {
        DemoArticle a = v.article();
        Publisher p = v.publisher();
        return Layout.fill("""
                <!DOCTYPE html>
                <html lang="%LANG">
                <head>
                <meta charset="UTF-8">
                <title>%TITLE &#8211; %PUB</title>
                <link rel="alternate" type="application/rdf+xml" title="%PUB" href="%FEED">
                </head>
                <body class="single single-post">
                <div id="page" class="hfeed site">
                  <div class="site-branding"><p class="site-title"><a href="%HOME" rel="home">%PUB</a></p><p class="site-description">News from the east side of the valley since 1911</p></div>
                  <div class="main-navigation"><ul id="primary-menu">
                %NAV  </ul></div>
                  <div id="content" class="site-content">
                    <div class="post hentry">
                      <h1 class="entry-title">%TITLE</h1>
                      <div class="entry-meta">Posted on <time class="entry-date published" datetime="%ISO">%DISPLAY</time>%AUTHOR%CREDIT in <a href="%SECTIONHREF" rel="category tag">%SECTION</a></div>
                %FIGURE      <div class="entry-content">
                %BODY      </div>
                %SHARE      <div class="entry-footer">Tags: %TAGS</div>
                    </div>
                %RELATED    <div id="respond" class="comment-respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p><form><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>
                  </div>
                  <div id="secondary" class="widget-area">%AD%NEWSLETTER</div>
                  <div class="site-info">%FOOTER &middot; %COPY &middot; Proudly powered by a printing press</div>
                </div>
                %COOKIE</body>
                </html>
                """,
                "LANG", a.lang(), "TITLE", Html.text(a.title()), "PUB", Html.text(p.name()), "FEED", p.feedPath(),
                "HOME", p.homePath(), "NAV", Clutter.navLinks(p, "    <li class=\"menu-item\">", "</li>\n"),
                "ISO", v.iso(), "DISPLAY", v.displayDate(),
                "AUTHOR", a.byline() == null ? "" : " by <span class=\"author vcard\"><a class=\"url fn n\" rel=\"author\" href=\""
                        + p.homePath() + "?author=" + Html.attr(a.byline()) + "\">" + Html.text(a.byline()) + "</a></span>",
                "CREDIT", a.credit() == null ? "" : " (" + Html.text(a.credit()) + ")",
                "SECTIONHREF", v.sectionHref(), "SECTION", a.category(), "FIGURE", Clutter.figure("wp-caption", v),
                "BODY", v.paragraphs("<p>", "</p>"), "SHARE", Clutter.shareBar("sharedaddy", v),
                "TAGS", tagLinks(v), "RELATED", Clutter.related("jp-relatedposts", "Related", v),
                "AD", Clutter.ad("widget-ad"), "NEWSLETTER", Clutter.newsletter("widget-newsletter", p),
                "FOOTER", Clutter.footerLinks(p), "COPY", Clutter.copyright(p), "COOKIE", Clutter.cookieBanner("cookie-law-info-bar", p));
    }

    private static String tagLinks(ArticleView v) {
        StringBuilder out = new StringBuilder();
        for (String tag : v.article().tags()) {
            if (!out.isEmpty()) out.append(", ");
            out.append("<a href=\"").append(v.home()).append("?tag=").append(Html.attr(Publishers.slugify(tag)))
                    .append("\" rel=\"tag\">").append(Html.text(tag)).append("</a>");
        }
        return out.toString();
    }
}
