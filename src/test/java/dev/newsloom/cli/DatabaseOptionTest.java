package dev.newsloom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** --database and the NEWSLOOM_DATABASE_* variables. */
class DatabaseOptionTest {
    @Test
    void noUrlMeansSqliteAndTheEnvironmentCompletesAUrl() {
        assertThat(DataDirOption.postgres(null, Map.of())).isNull();
        assertThat(DataDirOption.postgres(" ", Map.of("NEWSLOOM_DATABASE_USER", "x"))).isNull();
        var c = DataDirOption.postgres("postgresql://db.example/news", Map.of("NEWSLOOM_DATABASE_USER", "svc",
                "NEWSLOOM_DATABASE_PASSWORD", "secret", "NEWSLOOM_DATABASE_POOL_SIZE", " 24 "));
        assertThat(c.user()).isEqualTo("svc");
        assertThat(c.password()).isEqualTo("secret");
        assertThat(c.poolSize()).isEqualTo(24);
        assertThatThrownBy(() -> DataDirOption.postgres("postgresql://db.example/news", Map.of("NEWSLOOM_DATABASE_POOL_SIZE", "many")))
                .hasMessage("NEWSLOOM_DATABASE_POOL_SIZE must be a whole number, not many");
    }

    @Test
    void aMalformedUrlOrAnUnreachableServerIsOneLineFromEveryCommand() throws Exception {
        var bad = Cli.run("sources", "--database", "mysql://ana:hunter2@db/news");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err().strip()).startsWith("newsloom sources: not a PostgreSQL URL: mysql://ana:***@db/news;")
                .doesNotContain("\n").doesNotContain("hunter2");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        for (String[] command : new String[][] {{"sources"}, {"user", "list"}, {"serve", "--port", "0"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--database", "postgresql://ana:hunter2@127.0.0.1:" + port + "/news")).toArray(String[]::new);
            var down = Cli.run(args);
            assertThat(down.exit()).as(down.err()).isEqualTo(1);
            assertThat(down.err().strip()).as(String.join(" ", command))
                    .startsWith("newsloom " + command[command.length > 1 && !command[1].startsWith("-") ? 1 : 0]
                            + ": cannot connect to PostgreSQL 127.0.0.1:" + port + "/news as ana: ")
                    .doesNotContain("\n").doesNotContain("hunter2");
        }
    }
}
