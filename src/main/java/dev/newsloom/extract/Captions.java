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

    static Lead takeOut(Document doc) {
        String caption = null, image = null;
        List<Element> remove = new ArrayList<>();
        for (Element fig : PageIndex.of(doc).tag("figure")) {
            Element cap = fig.selectFirst(Selectors.of("figcaption"));
            if (caption == null && cap != null && Text.normalize(cap.text()) != null) {
                caption = Text.normalize(cap.text());
                Element img = fig.selectFirst(Selectors.of("img[src]"));
                if (img != null) image = img.absUrl("src");
            }
            // a figure that holds paragraphs of prose is a layout wrapper: only its caption goes
            if (TextStats.of(fig).prose(fig) >= 2 * TextStats.PROSE_CHARS) {
                if (cap != null) remove.add(cap);
            } else {
                remove.add(fig);
            }
        }
        List<Element> captions = new ArrayList<>(PageIndex.of(doc).tag("figcaption"));
        for (Element e : Classes.containing(doc, "caption", "photo-credit", "photocredit", "image-credit", "img-credit")) {
            if (!captions.contains(e)) captions.add(e);
        }
        for (Element e : Classes.containing(doc, "cap")) {
            // short abbreviations: "cap" as its own class token ("x-cap", "img_cap"), not "capital"
            if (!captions.contains(e) && (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT).matches("(?s).*(^|[-_ ])cap([-_ ]|$).*")) captions.add(e);
        }
        for (Element cap : captions) {
            if (cap.text().length() > 1000 || cap.normalName().equals("body")) continue; // a wrapper named "...-caption", not a caption
            if (caption == null && nearImage(cap) && Text.normalize(cap.text()) != null && cap.text().length() < 600) {
                caption = Text.normalize(cap.text());
                Element img = imageNear(cap);
                if (img != null) image = img.absUrl("src");
            }
            remove.add(cap);
        }
        // old layouts: a small table holding the picture in one cell and its caption in another
        java.util.Set<Element> tableImages = new java.util.LinkedHashSet<>();
        for (Element table : PageIndex.of(doc).tag("table")) tableImages.addAll(table.select(Selectors.of("img[src]")));
        for (Element img : tableImages) {
            Element table = img.closest("table");
            if (table == null || remove.contains(table) || table.select(Selectors.of("td")).size() > 4) continue;
            String text = Text.normalize(table.text());
            if (text != null && text.length() >= 10 && text.length() < 400 && table.select(Selectors.of("a[href]")).isEmpty()) {
                if (caption == null) {
                    caption = text;
                    image = img.absUrl("src");
                }
                remove.add(table);
            }
        }
        for (Element e : remove) if (e.parent() != null) e.remove();
        return new Lead(caption, image == null || image.isEmpty() ? null : image);
    }

    private static boolean nearImage(Element cap) {
        return imageNear(cap) != null;
    }

    private static Element imageNear(Element cap) {
        Element p = cap.parent();
        for (int up = 0; p != null && up < 3; up++, p = p.parent()) {
            Element img = p.selectFirst(Selectors.of("img[src]"));
            if (img != null) return img;
        }
        return null;
    }
}
