package dk.kernebot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dk.kernebot.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V14/V15 move the overloaded {@code session_entry.level} (ring, category or role) and the goal tags in
 * {@code value_ids} into columns of their own: rows written in the old shape come out with nothing lost, on
 * SQLite and (in the PostgreSQL run) on PostgreSQL, also on a database that already has the later migrations.
 */
class EntryColumnsMigrationTest {

    @Test
    void oldShapeEntriesMoveIntoTheirOwnColumns() throws Exception {
        String url;
        String user;
        if (TestDatabase.postgres()) {
            url = TestDatabase.freshPostgresSchema();
            user = TestDatabase.postgresUser();
        } else {
            Path file = Files.createTempDirectory("kernebot-migration").resolve("old.db");
            url = "jdbc:sqlite:" + file;
            user = "";
        }
        // The database as it was before issue 13: every migration but V14 and V15, the later ranges (V26-V30) too.
        Path before = Files.createTempDirectory("kernebot-migrations-before");
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : files.filter(f -> !f.getFileName().toString().matches("V1[45]__.*")).toList()) {
                Files.copy(migration, before.resolve(migration.getFileName()));
            }
        }
        flyway(url, user).locations("filesystem:" + before).load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, ""); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO conversation (id, channel_id, service_url, conversation_type, first_seen_at, "
                    + "last_seen_at) VALUES ('c1', 'msteams', 'http://localhost', 'groupChat', 1, 1)");
            sql.execute("INSERT INTO guided_session (id, conversation_id, process_id, status, step_index, facilitator_id,"
                    + " board_token, started_at, updated_at) VALUES ('s1', 'c1', 'kvalitetssamtale', 'ACTIVE', 0, 'u1', "
                    + "'token-0123456789abcdefghij', 1, 1)");
            entry(sql, "boble", "bobler", "KOMMUNAL", null);
            entry(sql, "note", "sprog", "NOTE", null);
            entry(sql, "maal", "sprog", "GOAL", "PROCES,SOCIAL");
            entry(sql, "maal-uden", "sprog", "GOAL", null);
            entry(sql, "rolle", "ramme", "TEAMLEDER", null);
            entry(sql, "bud", "kerneopgave", null, "naervaer,nysgerrighed");
        }
        flyway(url, user).load().migrate();

        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, user, ""); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT id, ring, category, role, quality_type, capital, value_ids "
                     + "FROM session_entry ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + ": ring=" + rs.getString(2) + " category=" + rs.getString(3) + " role="
                        + rs.getString(4) + " quality=" + rs.getString(5) + " capital=" + rs.getString(6) + " values="
                        + rs.getString(7));
            }
            assertThat(columns(db)).doesNotContain("level");
        }
        assertThat(rows).containsExactly(
                "boble: ring=KOMMUNAL category=null role=null quality=null capital=null values=null",
                "bud: ring=null category=null role=null quality=null capital=null values=naervaer,nysgerrighed",
                "maal: ring=null category=GOAL role=null quality=PROCES capital=SOCIAL values=null",
                "maal-uden: ring=null category=GOAL role=null quality=null capital=null values=null",
                "note: ring=null category=NOTE role=null quality=null capital=null values=null",
                "rolle: ring=null category=null role=TEAMLEDER quality=null capital=null values=null");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user) {
        // As the application runs it: later ranges (V26-V30) may already be there when V14 arrives.
        return Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").outOfOrder(true);
    }

    private static void entry(Statement sql, String id, String step, String level, String values) throws Exception {
        sql.execute("INSERT INTO session_entry (id, session_id, step_id, author_id, author_name, text, level, value_ids, "
                + "in_practice, status, created_at, updated_at) VALUES ('" + id + "', 's1', '" + step + "', 'u1', 'Anne', "
                + "'tekst', " + quoted(level) + ", " + quoted(values) + ", FALSE, 'ACTIVE', 1, 1)");
    }

    private static String quoted(String value) {
        return value == null ? "NULL" : "'" + value + "'";
    }

    private static List<String> columns(Connection db) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = db.getMetaData().getColumns(null, null, "session_entry", null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
