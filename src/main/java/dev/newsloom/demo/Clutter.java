package dev.newsloom.demo;

import java.util.List;

/**
 * The furniture around an article that an extractor has to see past: menus, share bars, promos,
 * related links, comments. Class names are passed in so each publisher's markup differs.
 */
final class Clutter {
    private Clutter() {}

    static final List<String> SECTIONS = List.of("World", "Politics", "Business", "Technology", "Science", "Health",
            "Sports", "Entertainment", "Lifestyle", "Opinion");

    static String cookieBanner(String cls, Publisher p) {
        return """
                <div class="%1$s" role="dialog" aria-label="Cookie consent">
                  <p>We and our 143 partners use cookies to personalise content and ads and to analyse our traffic. By clicking \u201CAccept all\u201D you agree to %2$s storing cookies on your device.</p>
                  <button class="%1$s-accept">Accept all</button> <button class="%1$s-manage">Manage preferences</button>
                </div>
                """.formatted(cls, Html.text(p.name()));
    }

    static String navLinks(Publisher p, String itemOpen, String itemClose) {
        StringBuilder out = new StringBuilder();
        out.append(itemOpen).append("<a href=\"").append(p.homePath()).append("\">Home</a>").append(itemClose);
        for (String s : SECTIONS) {
            out.append(itemOpen).append("<a href=\"").append(p.homePath()).append("?section=").append(s.toLowerCase(java.util.Locale.ROOT))
                    .append("\">").append(s).append("</a>").append(itemClose);
        }
        out.append(itemOpen).append("<a href=\"").append(p.homePath()).append("?page=newsletters\">Newsletters</a>").append(itemClose);
        return out.toString();
    }

    static String shareBar(String cls, ArticleView v) {
        String u = Html.attr(v.url());
        return """
                <div class="%1$s">
                  <span>Share this article</span>
                  <a href="https://social.example/share?u=%2$s">Facebook</a>
                  <a href="https://microblog.example/intent?url=%2$s">X</a>
                  <a href="mailto:?subject=%3$s&amp;body=%2$s">Email</a>
                  <a href="#" class="%1$s-copy">Copy link</a>
                </div>
                """.formatted(cls, u, Html.attr(v.article().title()));
    }

    static String newsletter(String cls, Publisher p) {
        return """
                <div class="%1$s">
                  <h3>Get the morning briefing</h3>
                  <p>The stories that matter, from %2$s, in your inbox every weekday at 7am. Free, and you can unsubscribe at any time.</p>
                  <form action="%3$s?page=newsletters" method="post"><input type="email" name="email" placeholder="Your email address"><button>Sign up</button></form>
                </div>
                """.formatted(cls, Html.text(p.name()), p.homePath());
    }

    static String related(String cls, String heading, ArticleView v) {
        StringBuilder out = new StringBuilder("<div class=\"" + cls + "\">\n  <h3>" + heading + "</h3>\n  <ul>\n");
        for (DemoArticle a : v.related()) {
            out.append("    <li><a href=\"").append(Html.attr(a.path())).append("\">").append(Html.text(a.title()))
                    .append("</a></li>\n");
        }
        return out.append("  </ul>\n</div>\n").toString();
    }

    static String ad(String cls) {
        return "<div class=\"" + cls + "\"><span class=\"" + cls + "-label\">Advertisement</span><div class=\"" + cls
                + "-slot\" data-slot=\"mpu\"></div></div>\n";
    }

    static String comments(String cls, ArticleView v) {
        int n = 3 + Math.floorMod(v.article().id().hashCode(), 40);
        return """
                <section class="%1$s">
                  <h3>Comments (%2$d)</h3>
                  <div class="%1$s-item"><b>harbourwatcher</b> <span>2 hours ago</span><p>Good to see someone finally asking these questions.</p></div>
                  <div class="%1$s-item"><b>m.fenwick</b> <span>1 hour ago</span><p>I doubt anything will change, it never does.</p></div>
                  <a href="#comments" class="%1$s-more">Show all comments</a>
                  <p class="%1$s-rules">Comments are moderated. Please read our community guidelines before posting.</p>
                </section>
                """.formatted(cls, n);
    }

    static String authorBio(String cls, ArticleView v) {
        String byline = v.article().byline();
        if (byline == null) return "";
        return """
                <div class="%1$s">
                  <strong>%2$s</strong>
                  <p>%2$s is a reporter for %3$s covering %4$s. Follow on social media or send tips to the newsdesk.</p>
                </div>
                """.formatted(cls, Html.text(byline), Html.text(v.publisher().name()), v.article().category().toLowerCase(java.util.Locale.ROOT));
    }

    static String footerLinks(Publisher p) {
        String h = p.homePath();
        return "<a href=\"" + h + "?page=about\">About us</a> <a href=\"" + h + "?page=contact\">Contact</a> "
                + "<a href=\"" + h + "?page=privacy\">Privacy policy</a> <a href=\"" + h + "?page=terms\">Terms of use</a> "
                + "<a href=\"" + h + "?page=advertise\">Advertise with us</a> <a href=\"" + p.feedPath() + "\">RSS</a>";
    }

    static String copyright(Publisher p) {
        return "\u00A9 2026 " + Html.text(p.name()) + ". All rights reserved.";
    }

    /** The caption as publishers print it, with the photo credit after the description. */
    static String figure(String figureCls, ArticleView v) {
        if (v.article().imagePath() == null) return "";
        String caption = v.article().caption();
        return """
                <figure class="%1$s">
                  <img src="%2$s" alt="%3$s" width="480" height="270">
                  <figcaption>%4$s</figcaption>
                </figure>
                """.formatted(figureCls, Html.attr(v.article().imagePath()), Html.attr(v.article().title()),
                caption == null ? "" : Html.text(caption));
    }
}
