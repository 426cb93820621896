package dev.newsloom.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the lead image's caption and takes every caption out of the page, so that no caption or
 * photo credit is ever read as body text.
 */
final class Captions {
    record Lead(String caption, String image) {}

    private Captions() {}

    /** Elements looked at inside one figure or caption: enough for any real one, bounded for hostile pages. */
    private static final int LOOK = 300;

    static Lead takeOut(Document doc) {
        String caption = null, image = null;
        if (doc.body() == null) return new Lead(null, null);
        TextStats stats = TextStats.forPage(doc);
        java.util.Set<Element> remove = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element fig : PageIndex.of(doc).tag("figure")) {
            Element cap = DocumentOrder.firstWithin(fig, "figcaption", null, LOOK);
            if (caption == null && cap != null && stats.text(cap) > 0 && stats.text(cap) < 1000) {
                caption = Text.normalize(cap.text());
                Element img = DocumentOrder.firstWithin(fig, "img", "src", LOOK);
                if (img != null) image = img.absUrl("src");
            }
            // a figure that holds paragraphs of prose, or the page's headline over a hero image, is a layout wrapper: only its caption goes
            // and so is a figure around a table (an editor's table block): the table is the article's data
            if (stats.prose(fig) >= 2 * TextStats.PROSE_CHARS || DocumentOrder.firstWithin(fig, "h1", null, LOOK) != null
                    || DocumentOrder.firstWithin(fig, "table", null, LOOK) != null) {
                if (cap != null) remove.add(cap);
            } else {
                remove.add(fig);
            }
        }
        java.util.Set<Element> captions = new java.util.LinkedHashSet<>(PageIndex.of(doc).tag("figcaption"));
        captions.addAll(Classes.containing(doc, "caption", "photo-credit", "photocredit", "image-credit", "img-credit"));
        for (Element e : Classes.containing(doc, "cap")) {
            // short abbreviations: "cap" as its own class token ("x-cap", "img_cap"), not "capital"
            if (CAP_TOKEN.matcher(Classes.names(e)).matches()) captions.add(e);
        }
        for (Element cap : captions) {
            if (stats.text(cap) > 1000 || cap.normalName().equals("body")) continue; // a wrapper named "...-caption", not a caption
            // themes call the block around the page's headline its "title captions": a headline is no caption
            if (!cap.normalName().equals("figcaption") && DocumentOrder.firstWithin(cap, "h1", null, LOOK) != null) continue;
            if (caption == null && stats.text(cap) > 0 && stats.text(cap) < 600 && nearImage(cap)) {
                caption = Text.normalize(cap.text());
                Element img = imageNear(cap);
                if (img != null) image = img.absUrl("src");
            }
            remove.add(cap);
        }
        // old layouts: a small table holding the picture in one cell and its caption in another
        for (Element table : PageIndex.of(doc).tag("table")) {
            if (remove.contains(table) || DocumentOrder.larger(table, 40)) continue;
            Element img = DocumentOrder.firstWithin(table, "img", "src", 40);
            if (img == null || table.getElementsByTag("td").size() > 4) continue;
            String text = Text.normalize(table.text());
            if (text != null && text.length() >= 10 && text.length() < 400 && DocumentOrder.firstWithin(table, "a", "href", 40) == null) {
                if (caption == null) {
                    caption = text;
                    image = img.absUrl("src");
                }
                remove.add(table);
            }
        }
        for (Element e : remove) {
            if (e.parent() == null) continue;
            stats.detach(e);
            e.remove();
        }
        return new Lead(caption, image == null || image.isEmpty() ? null : image);
    }

    /** "cap" as a token of its own; a drop cap ("has-drop-cap", on the first paragraph of many articles) is a paragraph's styling. */
    private static final java.util.regex.Pattern CAP_TOKEN = java.util.regex.Pattern.compile("(?s).*(^|[-_ ])(?<!drop[-_])cap([-_ ]|$).*");

    private static boolean nearImage(Element cap) {
        return imageNear(cap) != null;
    }

    private static Element imageNear(Element cap) {
        Element p = cap.parent();
        for (int up = 0; p != null && up < 3; up++, p = p.parent()) {
            Element img = p.normalName().equals("img") && p.hasAttr("src") ? p : DocumentOrder.firstWithin(p, "img", "src", LOOK);
            if (img != null) return img;
        }
        return null;
    }
}
