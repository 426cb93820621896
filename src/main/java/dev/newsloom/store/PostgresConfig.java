package dev.newsloom.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Where a PostgreSQL store lives: a JDBC URL, the account to sign in with and how many
 * connections to pool. {@link #parse} takes the URLs operators have at hand: libpq's
 * {@code postgresql://user:password@host:5432/name?sslmode=require} (or {@code postgres://}) and
 * pgjdbc's {@code jdbc:postgresql://host:5432/name?...}. {@link #toString()} never shows the password.
 */
public record PostgresConfig(String jdbcUrl, String user, String password, int poolSize) {
    public static final int DEFAULT_POOL_SIZE = 10;
    static final String EXAMPLE = "postgresql://USER:PASSWORD@HOST:5432/NAME or jdbc:postgresql://HOST:5432/NAME";

    public PostgresConfig {
        if (jdbcUrl == null || !jdbcUrl.regionMatches(true, 0, "jdbc:postgresql:", 0, 16)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL; expected " + EXAMPLE);
        }
        // Flyway holds two while it migrates: one for its lock, one for the scripts
        if (poolSize < 2) throw new IllegalArgumentException("the connection pool needs at least 2 connections, not " + poolSize);
    }

    /**
     * Reads a database URL. The user and password written in the URL win; {@code user} and
     * {@code password} (say from the environment) fill in what it leaves out. Throws
     * IllegalArgumentException with a one-line reason (without the password) when it is malformed.
     */
    public static PostgresConfig parse(String url, String user, String password) {
        String u = url == null ? "" : url.strip();
        if (u.isEmpty()) throw new IllegalArgumentException("the database URL is empty; expected " + EXAMPLE);
        String lower = u.toLowerCase(Locale.ROOT);
        String jdbc;
        String[] account = {null, null};
        if (lower.startsWith("jdbc:postgresql:")) {
            jdbc = "jdbc:postgresql:" + u.substring(16); // the driver knows its prefix in lower case only
        } else if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            jdbc = fromLibpq(u, account);
        } else {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + redact(u) + "; expected " + EXAMPLE);
        }
        if (org.postgresql.Driver.parseURL(jdbc, null) == null) {
            throw new IllegalArgumentException("malformed PostgreSQL URL: " + redact(u) + "; expected " + EXAMPLE);
        }
        String name = account[0] != null ? account[0] : blankToNull(user);
        String secret = account[1] != null ? account[1] : blankToNull(password);
        return new PostgresConfig(jdbc, name, secret, DEFAULT_POOL_SIZE);
    }

    public PostgresConfig withPoolSize(int size) {
        return new PostgresConfig(jdbcUrl, user, password, size);
    }

    /** host:port/name, for messages. */
    public String where() {
        Properties p = org.postgresql.Driver.parseURL(jdbcUrl, null);
        if (p == null) return redact(jdbcUrl);
        String[] hosts = p.getProperty("PGHOST", "localhost").split(",");
        String[] ports = p.getProperty("PGPORT", "5432").split(",");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hosts.length; i++) out.add(hosts[i] + ":" + ports[Math.min(i, ports.length - 1)]);
        return String.join(",", out) + "/" + p.getProperty("PGDBNAME", "");
    }

    @Override
    public String toString() {
        Properties p = org.postgresql.Driver.parseURL(jdbcUrl, null);
        String account = user != null ? user : p == null ? null : p.getProperty("user");
        return "PostgreSQL " + where() + (account == null ? "" : " as " + account);
    }

    /** postgresql://[user[:password]@][host[:port][,...]]/name[?param=value&...] to pgjdbc's form. */
    private static String fromLibpq(String url, String[] account) {
        String rest = url.substring(url.indexOf("://") + 3);
        int end = indexOfAny(rest, "/?");
        String authority = end < 0 ? rest : rest.substring(0, end);
        String tail = end < 0 ? "" : rest.substring(end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String info = authority.substring(0, at);
            int colon = info.indexOf(':');
            account[0] = blankToNull(decode(colon < 0 ? info : info.substring(0, colon), url));
            if (colon >= 0) account[1] = decode(info.substring(colon + 1), url);
            authority = authority.substring(at + 1);
        }
        String hosts = authority.isEmpty() ? "localhost" : authority;
        int q = tail.indexOf('?');
        String path = (q < 0 ? tail : tail.substring(0, q)).replaceFirst("^/", "");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("the database URL names no database: " + redact(url) + "; expected " + EXAMPLE);
        }
        List<String> params = new ArrayList<>();
        if (q >= 0) {
            for (String pair : tail.substring(q + 1).split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                switch (key) {
                    case "user" -> account[0] = decode(value, url);
                    case "password" -> account[1] = decode(value, url);
                    // libpq's names for what pgjdbc spells differently; the rest (sslmode, ...) are shared
                    case "connect_timeout" -> params.add("connectTimeout=" + value);
                    case "application_name" -> params.add("ApplicationName=" + value);
                    default -> params.add(pair);
                }
            }
        }
        return "jdbc:postgresql://" + hosts + "/" + path + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /** Percent-decoding as in a URI: unlike a form, "+" stays a plus. */
    private static String decode(String s, String url) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed percent-encoding in the database URL " + redact(url)
                    + " (write % as %25 in a password)");
        }
    }

    /** The URL with any password replaced by ***, fit for a message or a log. */
    static String redact(String url) {
        String out = url.replaceAll("(://[^:/?#@]*:)[^/?#]*@", "$1***@");
        return out.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
