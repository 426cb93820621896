package dev.newsloom.community;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rules for account names and passwords, in one place for the sign-up page, the CLI and the tests. */
public final class Names {
    public static final int MIN_NAME = 3, MAX_NAME = 30, MIN_PASSWORD = 10, MAX_PASSWORD = 1024;
    // letters and digits of any script, and . _ - inside: nothing that means anything to HTML or a shell
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}._-]*[\\p{L}\\p{N}])?");

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
