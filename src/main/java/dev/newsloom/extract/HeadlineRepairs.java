package dev.newsloom.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Repairs of a visible headline that the page's declared titles show to be damaged: characters
 * the publisher's system could not encode, printed as "?" ("Beginner? Guide" for "Beginner's
 * Guide"), a section label put before it ("Blog: Ten tips" for "Ten tips"), and a headline set in
 * capitals ("TEN TIPS FOR THE SEA WALL"), which the declared title writes as the publisher does. The declared
 * title only replaces the headline when it is the same headline apart from that damage.
 */
final class HeadlineRepairs {
    /** "Blog: ", "News - ": one or two words and a separator before the headline itself. */
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}&]+(?: [\\p{L}&]+)?\\s*(?::|\\s[|–—-])\\s+");

    private static final int MAX_LOST = 6;
    /** Share of a headline in capitals that the declared title must repeat to be its proper writing. */
    private static final double HALF = 0.5;

    private HeadlineRepairs() {}

    static String repaired(String headline, List<String> declaredTitles, String siteName) {
        if (headline == null) return null;
        if (inCapitals(headline)) {
            // capitals are the template's typography; the declared title says how the headline is written:
            // the same words at its start ("Weekend Coding Agent | Site"), else a title that repeats most of them
            for (String d : declaredTitles) {
                if (d.length() >= headline.length() && d.regionMatches(true, 0, headline, 0, headline.length())
                        && (d.length() == headline.length() || !Character.isLetterOrDigit(d.charAt(headline.length())))
                        && !inCapitals(d)) {
                    return d.substring(0, headline.length());
                }
            }
            for (String d : declaredTitles) {
                String declared = Titles.clean(d, siteName);
                if (declared == null || inCapitals(declared) || siteName != null && declared.equalsIgnoreCase(siteName.strip())) continue;
                if (Titles.share(headline, declared) >= HALF) return declared;
            }
        }
        for (String d : declaredTitles) {
            String declared = Titles.clean(d, siteName);
            if (declared == null || declared.equalsIgnoreCase(headline)) continue;
            if (sameButUnencodable(headline, declared)) return declared;
            java.util.regex.Matcher label = LABEL.matcher(headline);
            if (label.find() && headline.substring(label.end()).equalsIgnoreCase(declared)) return headline.substring(label.end());
        }
        return headline;
    }

    /** Whether the text is written in capitals: letters, none of them lower case, in two words or more. */
    static boolean inCapitals(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) letters = true;
        }
        return letters && text.strip().indexOf(' ') > 0;
    }

    /** Whether the two are equal once each "?" or U+FFFD inside the headline stands for up to three characters. */
    private static boolean sameButUnencodable(String headline, String declared) {
        int q = 0;
        StringBuilder pattern = new StringBuilder();
        int from = 0;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            // only a "?" inside the text, followed by more of it, can be a lost character; a final one ends a question
            if ((c == '?' || c == '\uFFFD') && i + 1 < headline.length()) {
                pattern.append(Pattern.quote(headline.substring(from, i))).append(".{0,3}");
                from = i + 1;
                q++;
            }
        }
        // a few lost characters are damage; a headline of question marks is something else, and would make the match slow
        if (q == 0 || q > MAX_LOST) return false;
        pattern.append(Pattern.quote(headline.substring(from)));
        return Pattern.compile(pattern.toString(), Pattern.CASE_INSENSITIVE).matcher(declared).matches();
    }
}
