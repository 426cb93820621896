package dev.newsloom.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Elements whose class or id contains one of some words. One pass with plain substring tests:
 * a regex attribute selector per word costs many times more on large pages.
 */
final class Classes {
    private Classes() {}

    static List<Element> containing(Element root, String... words) {
        List<Element> out = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (!e.hasAttr("class") && !e.hasAttr("id")) continue;
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (names.contains(w)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }
}
