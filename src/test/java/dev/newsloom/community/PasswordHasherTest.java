package dev.newsloom.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    final PasswordHasher hasher = new PasswordHasher();

    @Test
    void argon2idHashesCarryTheirParametersAndVerify() {
        String hash = hasher.hash("correct horse battery".toCharArray());
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.verify("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY".toCharArray(), hash)).isFalse();
        // salted: the same password never hashes the same way twice
        assertThat(hasher.hash("correct horse battery".toCharArray())).isNotEqualTo(hash);
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void weakerOrBrokenHashesAreRecognised() {
        PasswordHasher weak = new PasswordHasher(new PasswordHasher.Params(1024, 1, 1));
        String old = weak.hash("an older password".toCharArray());
        assertThat(hasher.verify("an older password".toCharArray(), old)).isTrue(); // parameters come from the hash
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.verify("x".toCharArray(), "$2a$10$notargon")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
    }

    @Test
    void unicodeFormsOfOnePasswordMatch() {
        String composed = "caf\u00e9 au lait 42", decomposed = "cafe\u0301 au lait 42";
        assertThat(hasher.verify(decomposed.toCharArray(), hasher.hash(composed.toCharArray()))).isTrue();
    }
}
