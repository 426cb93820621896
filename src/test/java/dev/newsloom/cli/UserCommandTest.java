package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsloom.community.Role;
import dev.newsloom.store.Database;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `newsloom user add NAME --admin` and its siblings, run as the operator would. */
class UserCommandTest {
    @TempDir Path dir;

    int run(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            String[] all = new String[args.length + 2];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--data-dir";
            all[args.length + 1] = dir.toString();
            return Main.run(all);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void theFirstAdministratorIsCreatedFromTheCommandLineAndCanSignIn() {
        assertThat(run("an admin password\n", "user", "add", "Root", "--admin", "--password-stdin")).isZero();
        assertThat(run("short\n", "user", "add", "Weak", "--password-stdin")).as("too short a password").isEqualTo(1);
        assertThat(run("", "user", "add", "Nobody")).as("no terminal and no --password-stdin").isEqualTo(1);
        assertThat(run("another password\n", "user", "add", "root", "--password-stdin")).as("the name is taken").isEqualTo(1);
        assertThat(run("", "user", "role", "Root", "reader")).as("the only administrator keeps the role").isEqualTo(1);
        assertThat(run("moderator password\n", "user", "add", "Mona", "--moderator", "--password-stdin")).isZero();
        assertThat(run("a brand new password\n", "user", "password", "Root", "--password-stdin")).isZero();
        try (Database db = Database.openSqlite(dir)) {
            var community = Application.community(db, Clock.systemUTC());
            assertThat(community.accounts().findByName("root").orElseThrow().role()).isEqualTo(Role.ADMIN);
            assertThat(community.accounts().findByName("Mona").orElseThrow().role()).isEqualTo(Role.MODERATOR);
            assertThat(community.accounts().findByName("Weak")).isEmpty();
            assertThat(community.accounts().logIn("Root", "a brand new password".toCharArray(), "127.0.0.1").user().name()).isEqualTo("Root");
        }
    }

    @Test
    void aNewPasswordFromTheOperatorLiftsTheSignInLockAndAnUnknownNameIsSaidFirst() {
        assertThat(run("lockedpass123\n", "user", "add", "locked1", "--password-stdin")).isZero();
        try (Database db = Database.openSqlite(dir)) {
            var accounts = Application.community(db, Clock.systemUTC()).accounts();
            for (int i = 0; i < 6; i++) {
                try {
                    accounts.logIn("locked1", "not the password".toCharArray(), "127.0.0.1");
                } catch (dev.newsloom.community.AccountException expected) {
                    // the sixth is refused as locked
                }
            }
        }
        assertThat(run("lockedpass456\n", "user", "password", "locked1", "--password-stdin")).isZero();
        try (Database db = Database.openSqlite(dir)) {
            var accounts = Application.community(db, Clock.systemUTC()).accounts();
            assertThat(accounts.logIn("locked1", "lockedpass456".toCharArray(), "127.0.0.2").user().name()).isEqualTo("locked1");
            for (int i = 0; i < 5; i++) {
                try {
                    accounts.logIn("locked1", "not the password".toCharArray(), "127.0.0.1");
                } catch (dev.newsloom.community.AccountException expected) {
                    // locking it again
                }
            }
        }
        assertThat(run("", "user", "unlock", "LOCKED1")).isZero();
        try (Database db = Database.openSqlite(dir)) {
            assertThat(Application.community(db, Clock.systemUTC()).accounts()
                    .logIn("locked1", "lockedpass456".toCharArray(), "127.0.0.3").user().name()).isEqualTo("locked1");
        }

        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            // no --password-stdin and no terminal: the unknown name is what it must say, not "no terminal"
            assertThat(run("", "user", "password", "nosuchuser")).isEqualTo(1);
            assertThat(run("", "user", "unlock", "nosuchuser")).isEqualTo(1);
        } finally {
            System.setErr(before);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no account named nosuchuser.").doesNotContain("terminal");
    }

    @Test
    void theListMarksLookAlikeNamesFromBeforeTheyWereRefused() {
        assertThat(run("a long password 1\n", "user", "add", "alice_r", "--password-stdin")).isZero();
        assertThat(run("a long password 1\n", "user", "add", "\u0430lice_r", "--password-stdin")).as("refused now").isEqualTo(1);
        try (Database db = Database.openSqlite(dir)) {
            // as an older release let it in
            db.writeVoid(h -> h.execute("INSERT INTO users (name, name_key, password_hash, role, created_at) VALUES (?, ?, 'x', 'reader', 0)",
                    "\u0430lice_r", "\u0430lice_r"));
        }
        java.io.PrintStream before = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("", "user", "list")).isZero();
        } finally {
            System.setOut(before);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("LOOKS LIKE alice_r (U+0430 l i c e _ r)")
                .contains("LOOKS LIKE \u0430lice_r (a l i c e _ r)");
    }
}
