package dev.newsloom.community;

import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rules for account names and passwords, in one place for the sign-up page, the CLI and the tests. */
public final class Names {
    public static final int MIN_NAME = 3, MAX_NAME = 30, MIN_PASSWORD = 10, MAX_PASSWORD = 1024;
    // letters and digits of any script, and . _ - inside: nothing that means anything to HTML or a shell
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}._-]*[\\p{L}\\p{N}])?");
    private static final Pattern SEPARATORS = Pattern.compile("[._-]+");
    // thread-safe once built (ICU documents the checking and skeleton methods as such)
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
    // Latin with one other script, never with Cyrillic or Greek (whose letters pass for Latin), and one kind of digits
    private static final SpoofChecker SCRIPTS = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE).build();

    private Names() {}

    /** The name as it will be shown, or an {@link AccountException} saying what is wrong with it. */
    public static String checkName(String raw) {
        String name = raw == null ? "" : Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (name.codePointCount(0, name.length()) < MIN_NAME || name.codePointCount(0, name.length()) > MAX_NAME) {
            throw new AccountException(AccountException.Kind.INVALID,
                    "A name has " + MIN_NAME + " to " + MAX_NAME + " characters.");
        }
        if (!NAME.matcher(name).matches()) {
            throw new AccountException(AccountException.Kind.INVALID,
                    "A name uses letters and digits, with dots, dashes or underscores between them.");
        }
        return name;
    }

    /** The key two names must not share: "Ana", "ANA" and "ａｎａ" are one name. */
    public static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * What two names that look alike share, so that nobody can pose as another reader: the UTS #39
     * confusable skeleton (ICU's SpoofChecker), taken before and after folding case, so that
     * "alice_r", "аlice_r" (Cyrillic а), "ALICE_R" and "aIice_r" (capital I) are one; runs of the
     * separators . _ - count as one separator ("alice.r", "alice__r" and "alice-r" are one too).
     */
    public static String skeleton(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC);
        String once = CONFUSABLES.getSkeleton(folded).toLowerCase(Locale.ROOT);
        String twice = CONFUSABLES.getSkeleton(once).toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(twice).replaceAll("_");
    }

    /**
     * Refuses a new name that mixes scripts the way look-alikes do (Latin with Cyrillic or Greek
     * letters, digits of two systems). Names of one script (Cyrillic alone, say) and Latin with
     * Han, Kana or another script whose letters do not pass for Latin are fine.
     */
    public static void checkScripts(String name) {
        if (SCRIPTS.failsChecks(name)) {
            throw new AccountException(AccountException.Kind.INVALID,
                    "A name uses the letters of one script (it may add Latin ones to Chinese, Japanese or Korean, say), "
                            + "and one kind of digits: mixed, they let a name pass for someone else's.");
        }
    }

    public static void checkPassword(char[] password, String name) {
        if (password.length < MIN_PASSWORD) {
            throw new AccountException(AccountException.Kind.INVALID,
                    "A password has at least " + MIN_PASSWORD + " characters; a few words in a row make a good one.");
        }
        if (password.length > MAX_PASSWORD) {
            throw new AccountException(AccountException.Kind.INVALID, "A password has at most " + MAX_PASSWORD + " characters.");
        }
        if (name != null && key(new String(password)).equals(key(name))) {
            throw new AccountException(AccountException.Kind.INVALID, "The password must not be the name.");
        }
    }
}
