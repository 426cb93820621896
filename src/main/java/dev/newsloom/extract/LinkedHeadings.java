package dev.newsloom.extract;

import dev.newsloom.model.Block;
import dev.newsloom.model.BlockKind;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Headings that are only a link, inside the article's container. A round-up links each item's
 * heading to the thing it reviews ("2. The Beginner's Guide", linked, then a paragraph on it);
 * a list of other posts is a run of linked headlines with little or nothing under each, or teaser
 * cards after the article's end. A linked heading stays when text of its own follows it, and it
 * stands among the article's text: a plain heading of the article comes later, or its block holds
 * other headings like it or more prose than a teaser's excerpt.
 */
final class LinkedHeadings {
    private LinkedHeadings() {}

    /** Removes the linked headings in {@code linked} that introduce nothing; {@code linkItems} are list items that are only links. */
    static void keepIntroducing(List<Block> blocks, Set<Block> linked, Set<Block> amongText, Set<Block> linkItems) {
        boolean plainHeadingAfter = false;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (!linked.contains(b)) {
                if (isHeading(b)) plainHeadingAfter = true;
                continue;
            }
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            boolean introduces = next != null && !linked.contains(next) && !linkItems.contains(next) && !isHeading(next);
            if (!introduces || !(plainHeadingAfter || amongText.contains(b))) blocks.remove(i);
        }
    }

    /**
     * Whether the heading stands in the article's text rather than in a teaser's card: its block holds
     * other headings too (the items of a round-up) or clearly more prose than a teaser's excerpt.
     */
    static boolean amongText(Element heading, TextStats stats) {
        Element parent = heading.parent();
        if (parent == null) return false;
        if (stats.prose(parent) >= ARTICLE_PROSE) return true;
        int headings = 0;
        for (Element c = parent.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (c.normalName().equals(heading.normalName()) && ++headings >= 2) return true;
        }
        return false;
    }

    /** More prose than a teaser's excerpt. */
    private static final int ARTICLE_PROSE = 400;

    private static boolean isHeading(Block b) {
        return b.kind() == BlockKind.HEADING || b.kind() == BlockKind.SUBHEADING;
    }
}
