package dev.newsloom.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one block of an article's body is, so that pages show headings and lists as such while
 * every other feature reads the same plain paragraphs. Stored as one letter per block.
 */
public enum BlockKind {
    PARAGRAPH('p'),
    /** A section heading of the article ({@code <h2>}). */
    HEADING('h'),
    /** A heading below a section heading ({@code <h3>} to {@code <h6>}). */
    SUBHEADING('s'),
    /** An item of a bulleted list. */
    LIST_ITEM('l'),
    /** An item of a numbered list; its text starts with its number ("3. Preheat the oven"). */
    NUMBERED_ITEM('n'),
    QUOTE('q'),
    /** Preformatted text, such as code. */
    PREFORMATTED('c');

    private final char code;

    BlockKind(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public boolean isListItem() {
        return this == LIST_ITEM || this == NUMBERED_ITEM;
    }

    /** The kind a letter stands for; anything unknown is a paragraph. */
    public static BlockKind of(char code) {
        for (BlockKind k : values()) if (k.code == code) return k;
        return PARAGRAPH;
    }

    /** One letter per block, or null when every block is a paragraph (nothing worth storing). */
    public static String encode(List<BlockKind> kinds) {
        if (kinds == null || kinds.stream().allMatch(k -> k == PARAGRAPH)) return null;
        StringBuilder sb = new StringBuilder(kinds.size());
        for (BlockKind k : kinds) sb.append(k.code);
        return sb.toString();
    }

    /** The kinds of {@code count} blocks from their letters; all paragraphs when there are none or they do not fit. */
    public static List<BlockKind> decode(String codes, int count) {
        if (codes == null || codes.length() != count) return paragraphs(count);
        List<BlockKind> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(of(codes.charAt(i)));
        return out;
    }

    public static List<BlockKind> paragraphs(int count) {
        return Collections.nCopies(count, PARAGRAPH);
    }
}
