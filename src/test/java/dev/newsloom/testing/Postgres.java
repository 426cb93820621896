package dev.newsloom.testing;

import dev.newsloom.store.Database;
import dev.newsloom.store.PostgresConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for the tests: a private throwaway cluster, one per test JVM, made with
 * Debian's initdb and pg_ctl (run as the {@code postgres} user when the tests run as root, since
 * initdb refuses root), listening on 127.0.0.1 on a free port and stopped when the JVM exits; or
 * the server NEWSLOOM_TEST_POSTGRES_URL names, whose user may create databases. Each store gets a
 * fresh database, copied from one migrated template. Without either the tests fail saying how to
 * get one, as the browser tests do.
 */
public final class Postgres {
    static final String HOW_TO = "PostgreSQL tests need Debian's postgresql package (initdb and pg_ctl under "
            + "/usr/lib/postgresql/*/bin; .ci/run installs it: apt-get install postgresql) or "
            + "NEWSLOOM_TEST_POSTGRES_URL=postgresql://USER:PASSWORD@HOST:5432/postgres naming a server where USER may create databases";
    private static final String PREFIX = "newsloom-pg-";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;
    private static RuntimeException failure;
    private static final Map<Path, PostgresConfig> STORES = new HashMap<>();
    private static final List<Map.Entry<Path, Database>> OPEN = new ArrayList<>();

    private Postgres() {}

    /** A new database with the current schema, for one test's store. */
    public static synchronized PostgresConfig freshDatabase() {
        Server s = server();
        String name = "newsloom_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        s.execute("CREATE DATABASE " + name + " TEMPLATE " + s.template + s.copyStrategy);
        s.created.add(name);
        return s.config(name);
    }

    /** A new database without any schema, for tests of the migration itself. */
    public static synchronized PostgresConfig emptyDatabase() {
        Server s = server();
        String name = "newsloom_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        s.execute("CREATE DATABASE " + name);
        s.created.add(name);
        return s.config(name);
    }

    /**
     * The PostgreSQL store that belongs to {@code dir}, as SQLite's file lives in it: the first
     * call makes a fresh database, later calls reopen it. Stores whose directory is gone (their
     * test is over) have their pools closed here, so that tests need not close every store.
     */
    public static synchronized PostgresConfig configFor(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        closeFinished();
        return STORES.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> freshDatabase());
    }

    public static synchronized Database open(Path dir) {
        PostgresConfig config = configFor(dir);
        Database db = Database.openPostgres(config);
        OPEN.add(Map.entry(dir, db));
        return db;
    }

    private static void closeFinished() {
        for (Iterator<Map.Entry<Path, Database>> it = OPEN.iterator(); it.hasNext(); ) {
            Map.Entry<Path, Database> e = it.next();
            if (!Files.exists(e.getKey())) {
                e.getValue().close();
                it.remove();
            }
        }
    }

    private static Server server() {
        if (failure != null) throw new IllegalStateException(failure.getMessage(), failure);
        if (server == null) {
            try {
                String url = System.getenv("NEWSLOOM_TEST_POSTGRES_URL");
                Server s = url != null && !url.isBlank() ? Server.external(url) : Server.privateCluster();
                Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "postgres-test-cluster-stop"));
                s.prepareTemplate();
                server = s;
            } catch (RuntimeException e) {
                // every later test fails at once with the same reason instead of trying again
                failure = e;
                throw e;
            }
        }
        return server;
    }

    /** A server to create databases on: its admin connection and how to reach a database by name. */
    private static final class Server {
        final String host;
        final int port;
        final String user;
        final String password;
        final Runnable stop;
        final List<String> created = new ArrayList<>();
        final String adminDatabase;
        final String template = "newsloom_template_" + ProcessHandle.current().pid();
        String copyStrategy = "";

        Server(String host, int port, String adminDatabase, String user, String password, Runnable stop) {
            this.host = host;
            this.port = port;
            this.adminDatabase = adminDatabase;
            this.user = user;
            this.password = password;
            this.stop = stop;
        }

        static Server external(String url) {
            PostgresConfig admin = PostgresConfig.parse(url, System.getenv("NEWSLOOM_DATABASE_USER"), System.getenv("NEWSLOOM_DATABASE_PASSWORD"));
            Properties p = org.postgresql.Driver.parseURL(admin.jdbcUrl(), null);
            Server s = new Server(p.getProperty("PGHOST"), Integer.parseInt(p.getProperty("PGPORT", "5432")), p.getProperty("PGDBNAME"),
                    admin.user(), admin.password(), null);
            return s;
        }

        static Server privateCluster() {
            Path bin = binaries().orElseThrow(() -> new IllegalStateException(HOW_TO));
            try {
                removeAbandonedClusters();
                Path base = Files.createTempDirectory(PREFIX + ProcessHandle.current().pid() + "-");
                Path data = base.resolve("data");
                Path socket = Files.createDirectories(base.resolve("sock"));
                byte[] secret = new byte[12];
                new SecureRandom().nextBytes(secret);
                String password = HexFormat.of().formatHex(secret);
                Path pwfile = Files.writeString(base.resolve("pw"), password);
                boolean root = "root".equals(System.getProperty("user.name"));
                List<String> as = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
                if (root) chownToPostgres(base);
                List<String> initdb = new ArrayList<>(as);
                initdb.addAll(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "newsloom",
                        "--pwfile=" + pwfile, "-A", "scram-sha-256", "-E", "UTF8", "--no-sync", "--no-instructions"));
                // a linguistic default collation, as real installations have: the schema must not depend on it
                List<String> icu = new ArrayList<>(initdb);
                icu.addAll(List.of("--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=en"));
                if (run(icu, base.resolve("initdb.log")) != 0) {
                    deleteTree(data);
                    if (run(initdb, base.resolve("initdb.log")) != 0) {
                        throw new IllegalStateException("initdb failed: " + Files.readString(base.resolve("initdb.log")).strip());
                    }
                }
                Runnable stop = () -> {
                    List<String> cmd = new ArrayList<>(as);
                    cmd.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
                    run(cmd, base.resolve("stop.log"));
                    deleteTree(base);
                };
                for (int attempt = 1; ; attempt++) {
                    int port = freePort();
                    List<String> start = new ArrayList<>(as);
                    start.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", base.resolve("server.log").toString(),
                            "-w", "-t", "60", "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + socket
                                    + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
                                    + " -c shared_buffers=32MB -c deadlock_timeout=100ms", "start"));
                    if (run(start, base.resolve("start.log")) == 0) return new Server("127.0.0.1", port, "postgres", "newsloom", password, stop);
                    if (attempt == 3) {
                        String log = Files.exists(base.resolve("server.log")) ? Files.readString(base.resolve("server.log")) : "";
                        stop.run();
                        throw new IllegalStateException("the test PostgreSQL cluster did not start: " + log.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the test PostgreSQL cluster: " + e.getMessage(), e);
            }
        }

        /** Debian's newest installed server, /usr/lib/postgresql/VERSION/bin. */
        static Optional<Path> binaries() {
            Path root = Path.of(System.getProperty("newsloom.postgres.lib", "/usr/lib/postgresql"));
            if (!Files.isDirectory(root)) return Optional.empty();
            try (Stream<Path> versions = Files.list(root)) {
                return versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(b -> version(b.getParent().getFileName().toString())));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        void prepareTemplate() {
            try (Connection c = connect(adminDatabase); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SHOW server_version_num")) {
                rs.next();
                if (Integer.parseInt(rs.getString(1)) >= 150000) copyStrategy = " STRATEGY FILE_COPY";
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach the test PostgreSQL: " + e.getMessage(), e);
            }
            execute("CREATE DATABASE " + template);
            created.add(template);
            Database.openPostgres(config(template).withPoolSize(2)).close();
        }

        PostgresConfig config(String database) {
            return new PostgresConfig("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password, 8);
        }

        void execute(String sql) {
            try (Connection c = connect(adminDatabase); Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage() + (stop == null ? " (" + HOW_TO + ")" : ""), e);
            }
        }

        Connection connect(String database) throws SQLException {
            Properties p = new Properties();
            if (user != null) p.setProperty("user", user);
            if (password != null) p.setProperty("password", password);
            return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, p);
        }

        void stop() {
            if (stop != null) {
                stop.run();
                return;
            }
            // on a server of someone else's, leave nothing behind
            for (String name : created.reversed()) {
                try {
                    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (RuntimeException ignored) {
                    // the JVM is exiting; the next run's names differ
                }
            }
        }

        /** Clusters of test JVMs that died without their shutdown hook (kill -9) are stopped and removed. */
        static void removeAbandonedClusters() throws IOException {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
                for (Path dir : dirs) {
                    String[] parts = dir.getFileName().toString().substring(PREFIX.length()).split("-");
                    long pid;
                    try {
                        pid = Long.parseLong(parts[0]);
                    } catch (NumberFormatException e) {
                        continue;
                    }
                    if (ProcessHandle.of(pid).isPresent()) continue;
                    Path pidFile = dir.resolve("data").resolve("postmaster.pid");
                    if (Files.exists(pidFile)) {
                        try {
                            long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
                            ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
                        } catch (IOException | RuntimeException ignored) {
                            // a half-written pid file: nothing runs there
                        }
                    }
                    deleteTree(dir);
                }
            }
        }
    }

    private static int version(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void chownToPostgres(Path base) throws IOException {
        UserPrincipalLookupService users = base.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = users.lookupPrincipalByName("postgres");
        GroupPrincipal group = users.lookupPrincipalByGroupName("postgres");
        try (Stream<Path> all = Files.walk(base)) {
            for (Path p : all.toList()) {
                Files.setOwner(p, owner);
                Files.getFileAttributeView(p, java.nio.file.attribute.PosixFileAttributeView.class).setGroup(group);
            }
        }
        Files.setPosixFilePermissions(base.resolve("pw"), PosixFilePermissions.fromString("rw-------"));
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static int run(List<String> command, Path log) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is removed by the next run
        }
    }
}
