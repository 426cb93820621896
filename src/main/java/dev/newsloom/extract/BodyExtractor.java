package dev.newsloom.extract;

import dev.newsloom.model.Block;
import dev.newsloom.model.BlockKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article's text by where the text is dense: every paragraph-like block scores its
 * container (commas and length count, links count against), the best container wins, and
 * siblings that read like more of the same join it. In the spirit of Readability and boilerpipe;
 * our own code, iterative throughout so that deep markup cannot overflow the stack.
 */
final class BodyExtractor {
    /** Page furniture by its tag; kept only when it holds the article (a whole page inside a form). */
    private static final Set<String> JUNK_TAGS = Set.of("form", "nav", "aside", "footer", "dialog", "menu");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "li", "table",
            "tr", "td", "th", "tbody", "thead", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "dl", "dd",
            "dt", "header", "footer", "aside", "nav", "form", "hr", "br-block", "center");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "dd");
    private static final Set<String> EMIT_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd");
    private static final int MIN_PARAGRAPH_CHARS = 25;

    private BodyExtractor() {}

    /** The blocks emitted so far, and which of them are list items that are only a link. */
    private static final class Emitted extends ArrayList<Block> {
        final java.util.Set<Block> linkItems = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        /** Headings that are only a link: an item of the article ("3. The Product", linked) or a teaser's headline. */
        final java.util.Set<Block> linkHeadings = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        /** Of those, the ones whose block holds the article's text ({@link LinkedHeadings#amongText}). */
        final java.util.Set<Block> amongText = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** The body's blocks as plain text with their kinds, in reading order. The document is modified. */
    static List<Block> extract(Document doc) {
        removeJunk(doc);
        Element body = doc.body();
        if (body == null) return List.of();
        TextStats stats = TextStats.forPage(doc);
        Map<Element, Double> scores = score(body, stats, null);
        Element top = promote(best(scores, body), stats);
        List<Element> parts = withSiblings(top, scores, stats);
        Emitted out = new Emitted();
        for (Element part : parts) emit(part, out, stats);
        if (!out.linkHeadings.isEmpty()) LinkedHeadings.keepIntroducing(out, out.linkHeadings, out.amongText, out.linkItems);
        // links listed inside the article are part of it (the sources, the patches, the downloads); listed after
        // its last paragraph, they are where to go next: the trailing run goes, with a heading or item among it
        int end = out.size();
        while (end > 0 && (out.linkItems.contains(out.get(end - 1))
                || out.get(end - 1).kind() != BlockKind.PARAGRAPH && end >= 2 && out.linkItems.contains(out.get(end - 2)))) {
            end--;
        }
        return end == out.size() ? out : new ArrayList<>(out.subList(0, end));
    }

    /** Every {@code <p>} of the page that reads like prose: the fallback when no container stands out. */
    static List<Block> allParagraphs(Document doc) {
        List<Block> out = new ArrayList<>();
        if (doc.body() == null) return out;
        TextStats stats = TextStats.forPage(doc);
        for (Element p : doc.body().select(Selectors.of("p, h2, h3, li"))) {
            String t = Text.normalize(p.text());
            if (t != null && (t.length() >= 60 || p.tagName().startsWith("h")) && stats.linkDensity(p) < 0.3) out.add(new Block(kindOf(p), t));
        }
        return out;
    }

    /** Never article text, wherever they are. */
    private static final Set<String> ALWAYS_JUNK = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "link", "meta", "head", "video", "audio",
            "map");
    private static final Set<String> ROLES = Set.of("dialog", "navigation", "banner", "contentinfo", "complementary",
            "alertdialog", "search");

    /** What a block is, as far as taking it out goes. */
    private enum Kind { PLAIN, WEAK, STRONG, HIDDEN, DIALOG, TAG }

    /**
     * Takes out what is not the article: scripts and the like always; then, around a first guess
     * at the article (the densest block, scored without the paragraphs of furniture, hidden blocks
     * and dialogs, and grown to the ancestor with clearly more prose), navigation, asides,
     * footers, forms, dialogs and blocks named as furniture. The guess and its ancestors always
     * stay, so a page inside a {@code <form>} or a wrapper named "has-sidebar" keeps its article;
     * inside the guess, furniture goes too. Hidden blocks stay when they hold paragraphs of prose
     * (an article streamed into a hidden block, or folded behind "read more"), and blocks named
     * only weakly ("elementor-widget") when they read as prose.
     */
    static void removeJunk(Document doc) {
        List<Element> doomed = new ArrayList<>();
        Element body = doc.body();
        if (body == null) return;
        TextStats stats = TextStats.forPage(doc);
        for (Element e : DocumentOrder.all(doc)) if (ALWAYS_JUNK.contains(e.normalName())) doomed.add(e);
        removeAll(doomed, stats);
        // dialogs and hidden blocks first: a "republish this story" dialog holding a copy of the
        // article must not make the article itself look like a small part of the page
        int allProse = stats.prose(body);
        // what a block is does not change as others go: each element is classified once
        Map<Element, Kind> kinds = new IdentityHashMap<>();
        // the highlighting inside code is not furniture ("token comment", "hljs-meta"): code is read whole
        java.util.Set<Element> inCode = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : DocumentOrder.all(body)) {
            Element parent = e.parent();
            boolean code = parent != null && (inCode.contains(parent) || parent.normalName().equals("pre") || parent.normalName().equals("code"));
            if (code) inCode.add(e);
            Kind kind = code ? Kind.PLAIN : kind(e);
            kinds.put(e, kind);
            if (kind != Kind.DIALOG && kind != Kind.HIDDEN) continue;
            int prose = stats.prose(e);
            // hidden prose that is a good part of the page is the article, streamed in or folded behind "read more"
            boolean hiddenArticle = prose >= HIDDEN_PROSE_KEPT && prose * 4 >= allProse;
            if (kind == Kind.DIALOG || kind == Kind.HIDDEN && !hiddenArticle) doomed.add(e);
        }
        removeAll(doomed, stats);
        int pageProse = stats.prose(body);
        Map<Element, Boolean> excluded = new IdentityHashMap<>();
        for (Element e : DocumentOrder.all(body)) { // document order: a parent before its children
            Kind kind = kinds.get(e);
            int prose = stats.prose(e);
            boolean large = prose * 2 >= pageProse && prose > 0;
            boolean self = (kind == Kind.STRONG || kind == Kind.TAG) && !large;
            excluded.put(e, self || (e.parent() != null && excluded.getOrDefault(e.parent(), false)));
        }
        Element guess = best(score(body, stats, excluded), body);
        java.util.Set<Element> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Set<Element> listsTheArticle = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = guess; e != null; e = e.parent()) {
            kept.add(e);
            if (e.normalName().equals("article") && e.parent() != null) listsTheArticle.add(e.parent());
        }
        for (Element e : DocumentOrder.all(body)) {
            if (kept.contains(e)) continue;
            int prose = stats.prose(e);
            boolean large = prose * 2 >= pageProse && prose > 0;
            boolean doom = switch (kinds.get(e)) {
                case STRONG -> !large;
                case TAG -> !large && !isNoteWithin(e, guess, stats);
                case WEAK -> !large && (prose * 2 < stats.text(e) || stats.linkDensity(e) > 0.5) && !isHeadingWithin(e, guess, stats);
                default -> !large && !listsTheArticle.contains(e.parent()) && isListed(e, stats);
            };
            if (doom) doomed.add(e);
        }
        removeAll(doomed, stats);
    }


    /**
     * A page builder's heading block inside the article ("elementor-widget" around an {@code <h2>}): named only
     * weakly and holding no prose, but a heading of the article, not furniture.
     */
    private static boolean isHeadingWithin(Element e, Element guess, TextStats stats) {
        if (stats.links(e) > 0 || stats.text(e) == 0 || stats.text(e) > 200) return false;
        Element h = null;
        for (String tag : SECTION_HEADINGS) if ((h = DocumentOrder.firstWithin(e, tag, null, 20)) != null) break;
        return h != null && stats.text(h) >= stats.text(e) * 0.9 && DocumentOrder.within(e, guess);
    }

    /** An {@code <aside>} of prose inside the article: the writer's note beside the text ("A note on other devices"), not a sidebar. */
    private static boolean isNoteWithin(Element e, Element guess, TextStats stats) {
        return e.normalName().equals("aside") && stats.prose(e) >= 2 * TextStats.PROSE_CHARS && stats.linkDensity(e) <= 0.2
                && DocumentOrder.within(e, guess);
    }

    private static final String[] SECTION_HEADINGS = {"h2", "h3", "h4", "h5", "h6"};

    /**
     * One of several {@code <article>} elements side by side that does not hold the article: a
     * listing of other posts (teasers under the article). Not when the article is one of them: a
     * round-up whose items are articles keeps them all.
     */
    private static boolean isListed(Element e, TextStats stats) {
        // a teaser is short and its headline links to its post; sections of an article marked up as articles are neither
        if (!e.normalName().equals("article") || stats.text(e) > TEASER_CHARS) return false;
        Element prev = e.previousElementSibling(), next = e.nextElementSibling();
        boolean beside = prev != null && prev.normalName().equals("article") || next != null && next.normalName().equals("article");
        return beside && (stats.linkDensity(e) >= 0.2 || headlineLinked(e));
    }

    /** Whether the block's first heading is a link or inside one (a teaser's headline). */
    private static boolean headlineLinked(Element block) {
        for (String tag : TEASER_HEADINGS) {
            Element h = DocumentOrder.firstWithin(block, tag, null, 80);
            if (h == null) continue;
            if (DocumentOrder.firstWithin(h, "a", "href", 10) != null) return true;
            for (Element up = h.parent(); up != null && up != block; up = up.parent()) if (up.normalName().equals("a")) return true;
        }
        return false;
    }

    private static final String[] TEASER_HEADINGS = {"h2", "h3", "h4", "h5"};

    /** Longest teaser: a headline and a two-sentence excerpt. */
    private static final int TEASER_CHARS = 600;

    private static boolean isFoldedPanel(Element e, String role) {
        return (role.equals("region") || role.equals("tabpanel")) && e.hasAttr("aria-labelledby");
    }

    private static Kind kind(Element e) {
        String tag = e.normalName();
        if (tag.equals("body")) return Kind.PLAIN;
        if (e.attributesSize() == 0) return tag.equals("main") || tag.equals("article") || !JUNK_TAGS.contains(tag) ? Kind.PLAIN : Kind.TAG;
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (ROLES.contains(role) || e.attr("aria-modal").equals("true")) return Kind.DIALOG;
        String style = e.attr("style");
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")
                || style.contains("none") && style.replace(" ", "").contains("display:none")) {
            // a folded panel (accordion, tab) named by the control that opens it: a click away, not hidden
            return isFoldedPanel(e, role) ? Kind.PLAIN : Kind.HIDDEN;
        }
        if (tag.equals("main") || tag.equals("article") || role.equals("main")) return Kind.PLAIN;
        if (JUNK_TAGS.contains(tag)) return Kind.TAG;
        int furniture = Boilerplate.furniture(Classes.names(e));
        // an anchor written from the block's own words ("...-for-social-media") names its subject, not furniture
        if (furniture > 0 && !e.id().isEmpty() && Boilerplate.furniture(e.className()) == 0 && Anchors.idFromText(e)) furniture = 0;
        return switch (furniture) {
            case 0 -> Kind.PLAIN;
            case 1 -> Kind.WEAK;
            default -> Kind.STRONG;
        };
    }

    /** Prose a hidden block may hold and still go: more than two paragraphs of it is the article. */
    private static final int HIDDEN_PROSE_KEPT = 300;

    /** Removes the elements; a space stays in their place so that the words around them do not run together. */
    private static void removeAll(List<Element> doomed, TextStats stats) {
        for (Element e : doomed) {
            if (e.parent() == null) continue;
            stats.detach(e);
            e.replaceWith(new TextNode(" "));
        }
        doomed.clear();
    }

    /** Scores containers by the paragraphs in them; paragraphs in {@code excluded} blocks (when given) do not count. */
    static Map<Element, Double> score(Element body, TextStats stats, Map<Element, Boolean> excluded) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : DocumentOrder.all(body)) {
            int length = stats.text(e);
            if (length < MIN_PARAGRAPH_CHARS || !isParagraphLike(e, stats)) continue;
            if (excluded != null && excluded.getOrDefault(e, false)) continue;
            double s = 1 + stats.commas(e) + Math.min(3, length / 100.0);
            Element parent = e.parent();
            Element grand = parent == null ? null : parent.parent();
            Element great = grand == null ? null : grand.parent();
            if (parent != null) add(scores, parent, s);
            if (grand != null) add(scores, grand, s / 2);
            if (great != null) add(scores, great, s / 3);
        }
        Map<Element, Double> finalScores = new IdentityHashMap<>();
        for (var e : scores.entrySet()) finalScores.put(e.getKey(), e.getValue() * (1 - stats.linkDensity(e.getKey())));
        return finalScores;
    }

    private static void add(Map<Element, Double> scores, Element e, double s) {
        scores.computeIfAbsent(e, BodyExtractor::initialScore);
        scores.merge(e, s, Double::sum);
    }

    private static double initialScore(Element e) {
        double base = switch (e.normalName()) {
            case "article" -> 10;
            case "main", "section" -> 6;
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "address", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        int weight = Boilerplate.classWeight(Classes.names(e));
        if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) weight = 2;
        return base + weight * 25;
    }

    static Element best(Map<Element, Double> scores, Element body) {
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (var e : scores.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                top = e.getKey();
            }
        }
        return top == null ? body : top;
    }

    /**
     * The densest block is often one section of the article (a listicle's item, one rich-text
     * module of a page builder): scores reach only three levels up. Climb to the ancestor that
     * holds clearly more prose, as long as what it adds is mostly prose and not links.
     */
    static Element promote(Element top, TextStats stats) {
        Element chosen = top;
        for (Element a = top.parent(); a != null && !a.normalName().equals("body") && !a.normalName().equals("html"); a = a.parent()) {
            int gainedProse = stats.prose(a) - stats.prose(chosen);
            int gainedText = stats.text(a) - stats.text(chosen);
            int gainedLinks = stats.links(a) - stats.links(chosen);
            // what is gained is mostly paragraphs, or text that is not links (lists and headings of the same article)
            boolean readable = gainedProse >= 0.4 * gainedText || gainedProse >= 0.2 * gainedText && gainedLinks <= 0.2 * gainedText;
            if (stats.prose(a) >= 1.25 * stats.prose(chosen) && readable && stats.linkDensity(a) <= 0.35) {
                chosen = a;
            }
        }
        return chosen;
    }

    /** The top container plus siblings that score nearly as well or read like paragraphs of it. */
    static List<Element> withSiblings(Element found, Map<Element, Double> scores, TextStats stats) {
        Element top = sectionOf(found, scores, stats);
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) return List.of(top);
        double threshold = Math.max(10, scores.getOrDefault(top, 0.0) * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double s = scores.getOrDefault(sibling, 0.0);
            // the other sections of a run of like sections are the article's too, however short
            boolean likeSection = top != found && sibling.normalName().equals(top.normalName()) && sibling.className().equals(top.className())
                    && stats.linkDensity(sibling) <= 0.5;
            if (s >= threshold || likeSection) {
                out.add(sibling);
                continue;
            }
            if (sibling.normalName().equals("p")) {
                String t = sibling.text();
                double ld = stats.linkDensity(sibling);
                if ((t.length() > 80 && ld < 0.25) || (t.length() > 20 && ld == 0 && t.matches("(?s).*[.!?][\"”’)]?$"))) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /**
     * The found block's section, when the article is a run of like sections (asciidoc's
     * {@code sect1}, a site builder's text blocks): the found block wrapped with at most a heading,
     * among siblings of the same tag and class that hold prose too. Otherwise the found block.
     */
    private static Element sectionOf(Element found, Map<Element, Double> scores, TextStats stats) {
        Element top = found;
        for (int up = 0; up < 6; up++) {
            Element parent = top.parent();
            if (parent == null || parent.normalName().equals("body") || parent.normalName().equals("html")) break;
            if (stats.ownText(parent) > 0) break;
            boolean onlyHeadings = true;
            for (Element c = parent.firstElementChild(); c != null && onlyHeadings; c = c.nextElementSibling()) {
                if (c != top && stats.text(c) > 0 && !isSectionHeading(c)) onlyHeadings = false;
            }
            if (!onlyHeadings) break;
            top = parent;
            if (top.className().isEmpty()) continue;
            for (Element sib = top.parent() == null ? null : top.parent().firstElementChild(); sib != null; sib = sib.nextElementSibling()) {
                if (sib != top && sib.normalName().equals(top.normalName()) && sib.className().equals(top.className())
                        && stats.prose(sib) >= TextStats.PROSE_CHARS) {
                    return top;
                }
            }
        }
        return found;
    }

    private static boolean isSectionHeading(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6';
    }

    /** Emits blocks in document order; an emitted element's descendants are not emitted again. */
    private static void emit(Element root, List<Block> out, TextStats stats) {
        emit(root, out, stats, 0);
    }

    private static void emit(Element root, List<Block> out, TextStats stats, int mixedDepth) {
        if (isLeafText(root, stats) || EMIT_TAGS.contains(root.normalName())) {
            addText(root, out, stats);
            return;
        }
        if (isMixed(root, stats) && mixedDepth < 40) {
            emitMixed(root, out, stats, mixedDepth);
            return;
        }
        NodeTraversor.traverse(new NodeVisitor() {
            private Node skipUntilOut;

            @Override
            public void head(Node node, int depth) {
                if (skipUntilOut != null) return;
                if (!(node instanceof Element e) || e == root) return;
                String tag = e.normalName();
                // its paragraphs speak for it (a block too large to look through is read by its parts)
                if ((tag.equals("li") || tag.equals("blockquote"))
                        && (DocumentOrder.firstWithin(e, "p", null, 200) != null || DocumentOrder.larger(e, 200))) return;
                if (tag.equals("tr") && isDataRow(e)) {
                    addRow(e, out, stats);
                    skipUntilOut = e;
                } else if (EMIT_TAGS.contains(tag) || isLeafText(e, stats)) {
                    addText(e, out, stats);
                    skipUntilOut = e;
                } else if (isMixed(e, stats) && mixedDepth < 40) {
                    emitMixed(e, out, stats, mixedDepth);
                    skipUntilOut = e;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == skipUntilOut) skipUntilOut = null;
            }
        }, root);
    }

    /** A block holding text of its own between block children: "text<br>text<div class=ad></div>more text". */
    private static boolean isMixed(Element e, TextStats stats) {
        String tag = e.normalName();
        return (tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("td") || tag.equals("main")
                || tag.equals("span") || tag.equals("font") || tag.equals("center")) && stats.ownText(e) >= MIN_PARAGRAPH_CHARS;
    }

    /** The runs of inline content between the block children become paragraphs, in order with the children's own. */
    private static void emitMixed(Element e, List<Block> out, TextStats stats, int mixedDepth) {
        StringBuilder run = new StringBuilder();
        boolean runHasLinksOnly = true;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                run.append(t.text());
                if (!t.isBlank()) runHasLinksOnly = false;
            } else if (child instanceof Element c) {
                if (BLOCKS.contains(c.normalName()) && !c.normalName().equals("br-block")) {
                    flush(run, runHasLinksOnly, out);
                    runHasLinksOnly = true;
                    emit(c, out, stats, mixedDepth + 1);
                } else if (c.normalName().equals("br")) {
                    run.append(' ');
                } else {
                    run.append(blockText(c));
                    if (!c.normalName().equals("a")) runHasLinksOnly = false;
                }
            }
        }
        flush(run, runHasLinksOnly, out);
    }

    private static void flush(StringBuilder run, boolean linksOnly, List<Block> out) {
        String t = Text.normalize(run.toString());
        run.setLength(0);
        if (t != null && !(linksOnly && t.length() < 200)) out.add(new Block(BlockKind.PARAGRAPH, t));
    }

    /** A table row of data: its cells hold text and inline markup, at most one paragraph each; not lists or more paragraphs (a layout table). */
    private static boolean isDataRow(Element tr) {
        if (DocumentOrder.larger(tr, 200)) return false;
        for (Element cell = tr.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
            int paragraphs = 0;
            for (Element d : DocumentOrder.all(cell)) {
                if (d == cell || d.normalName().equals("br-block")) continue;
                if (d.normalName().equals("p") && ++paragraphs == 1) continue;
                if (BLOCKS.contains(d.normalName())) return false;
            }
        }
        return tr.childrenSize() > 0;
    }

    /** A data row as one line, its cells in order. */
    private static void addRow(Element tr, List<Block> out, TextStats stats) {
        StringBuilder sb = new StringBuilder();
        for (Element cell = tr.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
            String t = Text.normalize(blockText(cell));
            if (t == null) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(t);
        }
        String row = Text.normalize(sb.toString());
        if (row == null || row.length() < 200 && stats.linkDensity(tr) > 0.5) return;
        out.add(new Block(BlockKind.PARAGRAPH, row));
    }

    /** What an emitted element is to a reader: headings and list items stay such, everything else is a paragraph. */
    static BlockKind kindOf(Element e) {
        return switch (e.normalName()) {
            case "h2" -> BlockKind.HEADING;
            case "h3", "h4", "h5", "h6" -> BlockKind.SUBHEADING;
            case "li" -> isNumberedList(e.parent()) ? BlockKind.NUMBERED_ITEM : BlockKind.LIST_ITEM;
            case "blockquote" -> BlockKind.QUOTE;
            case "pre" -> BlockKind.PREFORMATTED;
            // the paragraphs of a quotation are the quotation
            case "p" -> e.parent() != null && (e.parent().normalName().equals("blockquote")
                    || e.parent().parent() != null && e.parent().parent().normalName().equals("blockquote")) ? BlockKind.QUOTE : BlockKind.PARAGRAPH;
            default -> BlockKind.PARAGRAPH;
        };
    }

    /** An {@code <ol>} counted in numbers (not letters or roman numerals). */
    private static boolean isNumberedList(Element list) {
        if (list == null || !list.normalName().equals("ol")) return false;
        String type = list.attr("type");
        return type.isEmpty() || type.equals("1");
    }

    /** An item of a numbered list keeps its number ("3. Preheat the oven"), as the reader sees it. */
    private static String numbered(Element li, String text) {
        Element list = li.parent();
        if (!isNumberedList(list) || Character.isDigit(text.charAt(0))) return text;
        int n = 1;
        try {
            if (list.hasAttr("start")) n = Integer.parseInt(list.attr("start").strip());
        } catch (NumberFormatException ignored) {
            // a broken start attribute counts from one
        }
        for (Element sib = li.previousElementSibling(); sib != null; sib = sib.previousElementSibling()) {
            if (sib.normalName().equals("li")) n++;
        }
        return n + ". " + text;
    }

    private static void addText(Element e, List<Block> out, TextStats stats) {
        String text = blockText(e);
        if (text.indexOf(PARAGRAPH_BREAK) >= 0 && !e.normalName().equals("li") && !e.normalName().equals("pre")) {
            // a block of paragraphs separated by double line breaks: the link test applies to the whole block
            if (text.length() < 200 && stats.linkDensity(e) > 0.5) return;
            for (String part : text.split(String.valueOf(PARAGRAPH_BREAK))) {
                String t = Text.normalize(part);
                if (t != null) out.add(new Block(kindOf(e), t));
            }
            return;
        }
        String t = Text.normalize(text);
        if (t == null) return;
        if (e.normalName().equals("li")) t = numbered(e, t);
        // a short block that is mostly links is a list of links, not text...
        if (t.length() < 200 && stats.linkDensity(e) > 0.5 && !LinkedSentences.isText(e, stats)) {
            if (out instanceof Emitted emitted && isSectionHeading(e)) {
                Block b = new Block(kindOf(e), t);
                emitted.linkHeadings.add(b);
                if (LinkedHeadings.amongText(e, stats)) emitted.amongText.add(b);
                out.add(b);
                return;
            }
            // a list item that is a link is kept for now (not a table of contents' jump to a heading)
            if (!(out instanceof Emitted emitted) || !e.normalName().equals("li") || isInPageLink(e)) return;
            Block b = new Block(kindOf(e), t);
            emitted.linkItems.add(b);
            out.add(b);
            return;
        }
        out.add(new Block(kindOf(e), t));
    }

    /** An item of a table of contents: its link goes to a place on the same page. */
    private static boolean isInPageLink(Element li) {
        Element a = DocumentOrder.firstWithin(li, "a", "href", 20);
        return a == null || a.attr("href").startsWith("#");
    }

    /** Where two line breaks end a paragraph inside one block's text (Unicode's paragraph separator, whitespace to {@link Text#normalize}). */
    private static final char PARAGRAPH_BREAK = '\u2029';

    /** Text with {@code <br>} kept as a space rather than running words together. */
    private static String blockText(Element e) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText()); // raw: Text.normalize makes its whitespace single spaces later
                } else if (node instanceof Element el && el.normalName().equals("br")) {
                    // two line breaks in a row end a paragraph, as readers see it
                    Node prev = el.previousSibling();
                    while (prev instanceof TextNode t && t.isBlank()) prev = prev.previousSibling();
                    sb.append(prev instanceof Element p && p.normalName().equals("br") ? PARAGRAPH_BREAK : ' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) sb.append(' ');
            }
        }, e);
        return sb.toString();
    }

    /** A div (or similar) used as a paragraph: it holds text directly and no blocks. */
    private static boolean isLeafText(Element e, TextStats stats) {
        String tag = e.normalName();
        if (!(tag.equals("div") || tag.equals("section") || tag.equals("span") || tag.equals("font") || tag.equals("center"))) {
            return false;
        }
        if (tag.equals("span") && !(e.parent() != null && e.parent().normalName().equals("td"))) return false;
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (BLOCKS.contains(child.normalName())) return false;
        }
        return stats.ownText(e) > 0 || e.childrenSize() > 0 && stats.text(e) >= MIN_PARAGRAPH_CHARS;
    }

    private static boolean isParagraphLike(Element e, TextStats stats) {
        return PARAGRAPH_TAGS.contains(e.normalName()) || isLeafText(e, stats);
    }
}
