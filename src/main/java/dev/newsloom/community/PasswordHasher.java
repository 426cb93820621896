package dev.newsloom.community;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) from Bouncy Castle. Hashes are PHC strings that carry their parameters, so
 * the parameters can be raised later: {@link #needsRehash} tells when a stored hash is weaker than
 * today's and the password is hashed again at the next sign-in. Parameters and why: docs/decisions.md.
 */
public final class PasswordHasher {
    /** OWASP's Argon2id baseline: 19 MiB, 2 passes, 1 lane; about 40 ms on the project's VM (docs/benchmarks.md). */
    public static final Params DEFAULT = new Params(19_456, 2, 1);
    private static final int SALT_BYTES = 16, HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{16,})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    public record Params(int memoryKib, int iterations, int parallelism) {}

    private final Params params;
    private final SecureRandom random = new SecureRandom();
    // each hash holds its memory for its whole run: a burst of sign-ins waits here instead of exhausting the heap
    private final Semaphore running;
    private volatile String dummyHash;

    public PasswordHasher() {
        this(DEFAULT);
    }

    public PasswordHasher(Params params) {
        this.params = params;
        this.running = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    }

    public Params params() {
        return params;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, params, HASH_BYTES);
        return "$argon2id$v=19$m=" + params.memoryKib() + ",t=" + params.iterations() + ",p=" + params.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /** True when {@code password} matches; false for a wrong password and for a malformed hash. */
    public boolean verify(char[] password, String phc) {
        Matcher m = phc == null ? null : PHC.matcher(phc);
        if (m == null || !m.matches()) return false;
        Params p = new Params(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        byte[] salt, expected;
        try {
            salt = B64D.decode(m.group(4));
            expected = B64D.decode(m.group(5));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] actual = derive(password, salt, p, expected.length);
        return MessageDigest.isEqual(actual, expected);
    }

    /** Spends the time of one verification, so that an unknown name answers as slowly as a wrong password. */
    public void verifyNothing(char[] password) {
        if (dummyHash == null) dummyHash = hash("not a password of anyone's".toCharArray());
        verify(password, dummyHash);
    }

    public boolean needsRehash(String phc) {
        Matcher m = phc == null ? null : PHC.matcher(phc);
        if (m == null || !m.matches()) return true;
        return Integer.parseInt(m.group(1)) < params.memoryKib() || Integer.parseInt(m.group(2)) < params.iterations()
                || Integer.parseInt(m.group(3)) < params.parallelism();
    }

    private byte[] derive(char[] password, byte[] salt, Params p, int length) {
        // the same password typed on two keyboards may arrive composed differently
        byte[] secret = Normalizer.normalize(java.nio.CharBuffer.wrap(password), Normalizer.Form.NFKC)
                .getBytes(StandardCharsets.UTF_8);
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKib())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        acquire();
        try {
            generator.generateBytes(secret, out);
        } finally {
            running.release();
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    private void acquire() {
        try {
            if (!running.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new AccountException(AccountException.Kind.BUSY, "The site is busy; please try again in a minute.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AccountException(AccountException.Kind.BUSY, "The site is busy; please try again in a minute.");
        }
    }
}
