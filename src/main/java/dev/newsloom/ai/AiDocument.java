package dev.newsloom.ai;

import dev.newsloom.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * An article as the AI features read it.
 *
 * @param source    the publisher's name, as citations and "reported by" show it
 * @param copiedBy  publishers that ran the same wire copy: they report what this article reports
 * @param excerptOnly only the feed's teaser is known, not the article
 */
public record AiDocument(String id, String title, String source, String lang, Instant published, List<String> paragraphs,
                         boolean excerptOnly, List<String> copiedBy) {
    public AiDocument {
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        copiedBy = copiedBy == null ? List.of() : List.copyOf(copiedBy);
    }

    public static AiDocument of(Article a, String source, List<String> copiedBy) {
        return new AiDocument(a.id(), a.title(), source, a.lang(), a.time(), a.paragraphs(), a.excerptOnly(), copiedBy);
    }

    /** Every publisher that carries this text: its own and those that copied it. */
    List<String> carriers() {
        List<String> out = new ArrayList<>();
        out.add(source);
        for (String s : copiedBy) if (!out.contains(s)) out.add(s);
        return out;
    }

    /**
     * What a cached result was computed from: the articles' ids, texts and copies, and the engine's
     * own version, so a story that gains an article, an article whose text changed, or a better
     * engine all compute afresh.
     */
    static String version(List<AiDocument> docs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ExtractiveEngine.VERSION.getBytes(StandardCharsets.UTF_8));
            List<AiDocument> sorted = new ArrayList<>(docs);
            sorted.sort(Comparator.comparing(AiDocument::id));
            for (AiDocument d : sorted) {
                sha.update((d.id + "\u0000" + d.title + "\u0000" + d.source + "\u0000" + d.published + "\u0000"
                        + String.join("\n", d.paragraphs) + "\u0000" + String.join(",", d.copiedBy) + "\u0001")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
