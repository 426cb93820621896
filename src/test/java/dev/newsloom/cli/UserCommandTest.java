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
}
