package dev.newsloom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsloom.testing.Postgres;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only PostgreSQL has: a server to miss, concurrent writers, deadlocks, several processes migrating at once. */
class PostgresDatabaseTest {
    @TempDir Path dir;

    static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void anUnreachableServerIsOneLineThatNamesItButNotThePassword() throws Exception {
        int port = closedPort();
        PostgresConfig config = PostgresConfig.parse("postgresql://ana:s3cret@127.0.0.1:" + port + "/news", null, null);
        assertThatThrownBy(() -> Database.openPostgres(config))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot connect to PostgreSQL 127.0.0.1:" + port + "/news as ana: ")
                .hasMessageContaining("refused")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret").doesNotContain("\n"));
    }

    @Test
    void aWrongPasswordOrAMissingDatabaseIsSaidPlainly() {
        PostgresConfig good = Postgres.freshDatabase();
        assertThatThrownBy(() -> Database.openPostgres(new PostgresConfig(good.jdbcUrl(), good.user(), "not-the-password", 2)))
                .hasMessageStartingWith("cannot connect to " + good + ": ")
                .hasMessageContaining("password authentication failed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-password"));
        String missing = good.jdbcUrl().replaceAll("/[^/]+$", "/no_such_database");
        assertThatThrownBy(() -> Database.openPostgres(new PostgresConfig(missing, good.user(), good.password(), 2)))
                .hasMessageContaining("\"no_such_database\" does not exist");
    }

    @Test
    void writersRunAtOnceAndADeadlockVictimIsRunAgain() throws Exception {
        Database db = Postgres.open(dir);
        SourceRepository sources = new SourceRepository(db);
        long a = sources.add("A", "https://a.example/feed", null).id();
        long b = sources.add("B", "https://b.example/feed", null).id();
        // each takes one row, waits until the other has its row, then wants the other's: a deadlock
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (long[] order : new long[][] {{a, b}, {b, a}}) {
            done.add(pool.submit(() -> db.writeVoid(h -> {
                attempts.incrementAndGet();
                h.createUpdate("UPDATE sources SET failures = failures + 1 WHERE id = :id").bind("id", order[0]).execute();
                bothHoldOne.countDown();
                try {
                    // on SQLite the second writer would wait for the first here, forever
                    assertThat(bothHoldOne.await(10, TimeUnit.SECONDS)).as("both writers inside a transaction at once").isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                h.createUpdate("UPDATE sources SET failures = failures + 1 WHERE id = :id").bind("id", order[1]).execute();
            })));
        }
        for (Future<?> f : done) f.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(attempts.get()).as("one of the two was chosen as the deadlock victim and ran again").isEqualTo(3);
        // each transaction counted once on each row: the victim's first attempt was rolled back
        assertThat(sources.find(a).orElseThrow().failures()).isEqualTo(2);
        assertThat(sources.find(b).orElseThrow().failures()).isEqualTo(2);
    }

    @Test
    void severalProcessesOpeningOneNewDatabaseMigrateItOnce() throws Exception {
        PostgresConfig empty = Postgres.emptyDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Database>> opened = new ArrayList<>();
        for (int i = 0; i < 4; i++) opened.add(pool.submit(() -> Database.openPostgres(empty.withPoolSize(2))));
        List<Database> all = new ArrayList<>();
        for (Future<Database> f : opened) all.add(f.get(60, TimeUnit.SECONDS));
        pool.shutdown();
        assertThat(SchemaParityTest.migrations(all.get(0))).hasSizeGreaterThanOrEqualTo(6);
        int installedOnce = all.get(0).read(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1'")
                .mapTo(Integer.class).one());
        assertThat(installedOnce).isEqualTo(1);
        assertThat(all.get(3).dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(all.get(3).toString()).startsWith("PostgreSQL 127.0.0.1:").doesNotContain(empty.password());
        all.forEach(Database::close);
    }
}
