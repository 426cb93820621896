package dev.newsloom.tags;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A hashtag: {@code tag} is what follows the '#' and names its page (letters and digits only,
 * camel case: "DmitryPeskov"); {@code label} is the name as written ("Dmitry Peskov").
 */
public record Hashtag(String tag, String label, double score) {
    public static Hashtag of(String label, double score) {
        return new Hashtag(tagOf(label), label, score);
    }

    /** "Port Anselm" → "PortAnselm"; "Citizens' Reform" → "CitizensReform"; accents kept. */
    public static String tagOf(String label) {
        StringBuilder out = new StringBuilder();
        for (String word : Normalizer.normalize(label, Normalizer.Form.NFC).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) continue;
            out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return out.toString();
    }

    /** Tags compare without case: #portanselm and #PortAnselm are one page. */
    public String key() {
        return tag.toLowerCase(Locale.ROOT);
    }
}
