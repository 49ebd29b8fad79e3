package dk.kernebot.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database the Spring tests run on: a fresh SQLite file by default, or, when the build asks for it
 * ({@code -Dkernebot.test.database=postgresql}), a fresh schema in the local PostgreSQL, dropped at the end.
 */
public final class TestDatabase {

    static final String POSTGRES_SERVER = System.getProperty("kernebot.test.postgresUrl",
            "jdbc:postgresql://127.0.0.1:5432/test");
    static final String POSTGRES_USER = System.getProperty("kernebot.test.postgresUser", "postgres");

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgresql".equals(System.getProperty("kernebot.test.database"));
    }

    public static boolean postgresRequired() {
        return Boolean.getBoolean("kernebot.test.requirePostgres");
    }

    /** Null when PostgreSQL answers; otherwise why not. */
    public static String postgresProblem() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES_SERVER, POSTGRES_USER, "")) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    static void registerPostgres(DynamicPropertyRegistry registry) {
        String url = freshPostgresSchema();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> POSTGRES_USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "8");
    }

    /** A new, empty schema for tests that start applications of their own; dropped when the JVM exits. */
    public static String freshPostgresSchema() {
        String schema = "kernebot_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        execute("CREATE SCHEMA " + schema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE")));
        return POSTGRES_SERVER + "?currentSchema=" + schema;
    }

    public static String postgresUser() {
        return POSTGRES_USER;
    }

    /**
     * For tests that only make sense on PostgreSQL: skipped (with the reason) in the SQLite run and where no
     * PostgreSQL answers, but a failure when the build requires PostgreSQL.
     */
    public static void assumePostgres(String whyOnlyPostgres) {
        org.junit.jupiter.api.Assumptions.assumeTrue(postgres(), whyOnlyPostgres);
        String problem = postgresProblem();
        if (problem != null && postgresRequired()) {
            throw new IllegalStateException("PostgreSQL is required for this build but not reachable: " + problem);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(problem == null,
                "PostgreSQL not reachable, so this test was NOT run: " + problem);
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_SERVER, POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql, e);
        }
    }
}
