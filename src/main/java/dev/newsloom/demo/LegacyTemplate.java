package dev.newsloom.demo;

/**
 * A site from the early 2000s: HTML 4 tables and font tags, upper-case tags, and a windows-1252
 * charset declared only in a meta http-equiv. The server encodes its bytes in that charset.
 */
final class LegacyTemplate implements PublisherTemplate {
    @Override
    public String articlePage(ArticleView v) {
        DemoArticle a = v.article();
        Publisher p = v.publisher();
        String image = a.imagePath() == null ? "" : """
                <TABLE WIDTH="480" ALIGN="right"><TR><TD><IMG SRC="%s" WIDTH="480" HEIGHT="270" BORDER="0"></TD></TR>
                <TR><TD><FONT SIZE="1" FACE="Verdana"><I>%s</I></FONT></TD></TR></TABLE>
                """.formatted(Html.attr(a.imagePath()), Html.text(a.caption()));
        StringBuilder menu = new StringBuilder();
        menu.append(Clutter.navLinks(p, "<FONT FACE=\"Verdana\" SIZE=\"2\">", "</FONT><BR>\n"));
        return Layout.fill("""
                <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
                <HTML>
                <HEAD>
                <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=%CHARSET">
                <TITLE>%PUB - %TITLE</TITLE>
                </HEAD>
                <BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#003366">
                <TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0">
                <TR><TD COLSPAN="2" BGCOLOR="#003366"><FONT COLOR="#FFFFFF" SIZE="5" FACE="Georgia"><B>%PUB</B></FONT><BR><FONT COLOR="#FFFFFF" SIZE="1">The voice of the marshes</FONT></TD></TR>
                <TR>
                <TD WIDTH="160" VALIGN="top" BGCOLOR="#EEEEEE">
                %MENU<BR>%AD</TD>
                <TD VALIGN="top">
                <FONT FACE="Verdana" SIZE="1"><A HREF="%HOME">Home</A> &gt; <A HREF="%SECTIONHREF">%SECTION</A></FONT>
                <BR><FONT FACE="Georgia" SIZE="5"><B>%TITLE</B></FONT><BR>
                <FONT FACE="Verdana" SIZE="1">%BYLINE%DISPLAY</FONT>
                <HR SIZE="1" NOSHADE>
                %IMAGE<FONT FACE="Verdana" SIZE="2">
                %BODY</FONT>
                <BR><FONT FACE="Verdana" SIZE="1"><A HREF="javascript:window.print()">Print this story</A> | <A HREF="mailto:?subject=%ATITLE">E-mail this story</A></FONT>
                <HR SIZE="1" NOSHADE>
                %RELATED</TD>
                </TR>
                <TR><TD COLSPAN="2" ALIGN="center"><FONT FACE="Verdana" SIZE="1">%FOOTER<BR>%COPY<BR>Best viewed at 1024x768.</FONT></TD></TR>
                </TABLE>
                </BODY>
                </HTML>
                """,
                "CHARSET", p.charset(), "PUB", Html.text(p.name()), "TITLE", Html.text(a.title()), "ATITLE", Html.attr(a.title()),
                "MENU", menu.toString(), "AD", Clutter.ad("ad120x600"), "HOME", p.homePath(), "SECTIONHREF", v.sectionHref(),
                "SECTION", a.category(),
                "BYLINE", (a.byline() == null ? "" : "By " + Html.text(a.byline()) + "<BR>")
                        + (a.credit() == null ? "" : Html.text(a.credit()) + "<BR>"),
                "DISPLAY", v.usDate(), "IMAGE", image, "BODY", v.paragraphs("<P>", "</P>"),
                "RELATED", Clutter.related("related", "Also in the Chronicle", v),
                "FOOTER", Clutter.footerLinks(p), "COPY", Clutter.copyright(p));
    }
}
