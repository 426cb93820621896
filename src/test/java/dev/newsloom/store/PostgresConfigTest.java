package dev.newsloom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The database URLs operators paste: libpq's and pgjdbc's forms, with the account in them or beside them. */
class PostgresConfigTest {
    @Test
    void aLibpqUrlBecomesAJdbcUrlWithItsAccountDecoded() {
        PostgresConfig c = PostgresConfig.parse("postgresql://ana:s%40cr+t%2F1@db.example:6543/news?sslmode=require", null, null);
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/news?sslmode=require");
        assertThat(c.user()).isEqualTo("ana");
        assertThat(c.password()).isEqualTo("s@cr+t/1");
        assertThat(c.poolSize()).isEqualTo(PostgresConfig.DEFAULT_POOL_SIZE);
        assertThat(c.where()).isEqualTo("db.example:6543/news");
        assertThat(c.toString()).isEqualTo("PostgreSQL db.example:6543/news as ana").doesNotContain("s@cr");
    }

    @Test
    void theEnvironmentFillsInWhatTheUrlLeavesOutButDoesNotOverrideIt() {
        PostgresConfig bare = PostgresConfig.parse("postgres://db.example/news", "svc", "from-env");
        assertThat(bare.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example/news");
        assertThat(bare.user()).isEqualTo("svc");
        assertThat(bare.password()).isEqualTo("from-env");
        assertThat(bare.where()).isEqualTo("db.example:5432/news");
        PostgresConfig own = PostgresConfig.parse("postgresql://ana@db.example/news", "svc", "from-env");
        assertThat(own.user()).isEqualTo("ana");
        assertThat(own.password()).isEqualTo("from-env");
        PostgresConfig query = PostgresConfig.parse("postgresql:///news?user=ana&password=p%26w", null, null);
        assertThat(query.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/news");
        assertThat(query.user()).isEqualTo("ana");
        assertThat(query.password()).isEqualTo("p&w");
    }

    @Test
    void severalHostsAndLibpqParametersAreKept() {
        PostgresConfig c = PostgresConfig.parse(
                "postgresql://ana@db1:5432,db2:5433/news?target_session_attrs=read-write&connect_timeout=5&application_name=nl", null, null);
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db1:5432,db2:5433/news?target_session_attrs=read-write&connectTimeout=5&ApplicationName=nl");
        assertThat(c.where()).isEqualTo("db1:5432,db2:5433/news");
    }

    @Test
    void aJdbcUrlIsTakenAsItIs() {
        PostgresConfig c = PostgresConfig.parse(" jdbc:postgresql://db.example:5432/news?user=ana&password=x ", null, null);
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/news?user=ana&password=x");
        assertThat(c.user()).isNull();
        assertThat(c.where()).isEqualTo("db.example:5432/news");
        assertThat(c.toString()).isEqualTo("PostgreSQL db.example:5432/news as ana");
        assertThat(PostgresConfig.parse("JDBC:POSTGRESQL://h/n", null, null).where()).isEqualTo("h:5432/n");
    }

    @Test
    void malformedUrlsAreRefusedInOneLineWithoutThePassword() {
        assertThatThrownBy(() -> PostgresConfig.parse("mysql://ana:hunter2@db/news", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a PostgreSQL URL: mysql://ana:***@db/news; expected " + PostgresConfig.EXAMPLE);
        assertThatThrownBy(() -> PostgresConfig.parse("postgresql://ana:hunter2@db", null, null))
                .hasMessage("the database URL names no database: postgresql://ana:***@db; expected " + PostgresConfig.EXAMPLE);
        assertThatThrownBy(() -> PostgresConfig.parse("postgresql://ana:hun%zzter@db/news", null, null))
                .hasMessageContaining("malformed percent-encoding").hasMessageNotContaining("hun%zz");
        assertThatThrownBy(() -> PostgresConfig.parse("jdbc:postgresql://db:port/news?password=hunter2", null, null))
                .hasMessageStartingWith("malformed PostgreSQL URL: jdbc:postgresql://db:port/news?password=***;");
        assertThatThrownBy(() -> PostgresConfig.parse("  ", null, null)).hasMessageStartingWith("the database URL is empty");
        assertThatThrownBy(() -> PostgresConfig.parse("data/newsloom.db", null, null)).hasMessageStartingWith("not a PostgreSQL URL");
        assertThatThrownBy(() -> PostgresConfig.parse("postgresql://h/n", null, null).withPoolSize(1))
                .hasMessageContaining("at least 2 connections");
    }
}
