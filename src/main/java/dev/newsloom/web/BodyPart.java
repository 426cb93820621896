package dev.newsloom.web;

import dev.newsloom.model.Block;
import dev.newsloom.model.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One element of an article's body as its page shows it: a paragraph, a heading, code, or a
 * group (the items of a list, the paragraphs of a quotation). Consecutive list items of one kind
 * are one list; a numbered item's number, which its plain text carries, becomes the item's value.
 *
 * @param tag   the HTML element: p, h2, h3, pre, blockquote, ul or ol
 * @param text  the text of a single element; null for a group
 * @param items the members of a group; empty otherwise
 */
public record BodyPart(String tag, String text, List<Item> items) {
    /** A list item (with its number in a numbered list, when the text gave one) or a paragraph of a quotation. */
    public record Item(String text, Integer value) {}

    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,4})[.)]\\s+(\\S.*)$", Pattern.DOTALL);

    public static List<BodyPart> of(List<Block> blocks) {
        List<BodyPart> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); ) {
            Block b = blocks.get(i);
            String group = switch (b.kind()) {
                case LIST_ITEM -> "ul";
                case NUMBERED_ITEM -> "ol";
                case QUOTE -> "blockquote";
                default -> null;
            };
            if (group == null) {
                out.add(new BodyPart(tagOf(b.kind()), b.text(), List.of()));
                i++;
                continue;
            }
            List<Item> items = new ArrayList<>();
            for (; i < blocks.size() && blocks.get(i).kind() == b.kind(); i++) items.add(item(blocks.get(i)));
            out.add(new BodyPart(group, null, items));
        }
        return out;
    }

    private static Item item(Block b) {
        if (b.kind() == BlockKind.NUMBERED_ITEM) {
            Matcher m = NUMBER.matcher(b.text());
            if (m.matches()) return new Item(m.group(2), Integer.parseInt(m.group(1)));
        }
        return new Item(b.text(), null);
    }

    private static String tagOf(BlockKind kind) {
        return switch (kind) {
            case HEADING -> "h2";
            case SUBHEADING -> "h3";
            case PREFORMATTED -> "pre";
            default -> "p";
        };
    }
}
