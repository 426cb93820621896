package dev.newsloom.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Content words of English text, lightly stemmed so "damaged", "damaging" and "damage" meet. */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Set<String> STOPWORDS = Set.copyOf(java.util.Arrays.asList(("a an the and or but if of in on at to for from by with about"
            + " as into onto over under after before since during than then that this these those there here it its"
            + " is are was were be been being am do does did done have has had having will would shall should can could"
            + " may might must not no nor so such too very just also only own same other some any each every all both"
            + " few more most much many what which who whom whose when where why how i you he she we they me him her us"
            + " them my your his our their mine yours says said say told tell according while until again further once"
            + " up down out off above below between through against among per via").split(" ")));

    private Words() {}

    static List<String> content(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (isStopword(m.group())) continue;
            String w = stem(m.group());
            if (!isStopword(w) && w.length() > 1) out.add(w);
        }
        return out;
    }

    static boolean isStopword(String w) {
        return STOPWORDS.contains(w);
    }

    static String stem(String word) {
        String w = word.replace('’', '\'');
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        w = w.replace("'", "");
        if (w.length() > 5 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 5 && w.endsWith("ing")) return trimE(w.substring(0, w.length() - 3));
        if (w.length() > 4 && w.endsWith("ed")) return trimE(w.substring(0, w.length() - 2));
        if (w.length() > 4 && w.endsWith("es") && !w.endsWith("ses")) return w.substring(0, w.length() - 1);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return trimE(w.substring(0, w.length() - 1));
        return trimE(w);
    }

    /** "damage", "damag(ed)", "damag(ing)" all become "damag". */
    private static String trimE(String w) {
        if (w.length() > 4 && w.endsWith("e")) w = w.substring(0, w.length() - 1);
        if (w.length() > 4 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2) && "bdgmnprt".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1); // "stopp(ed)" → "stop"
        }
        return w;
    }
}
