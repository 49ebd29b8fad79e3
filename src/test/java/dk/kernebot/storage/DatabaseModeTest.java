package dk.kernebot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The suite really runs on the database it claims to, with every migration applied. */
class DatabaseModeTest extends BotIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSuiteRunsOnTheSelectedDatabaseWithAllMigrations() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName())
                    .isEqualTo(TestDatabase.postgres() ? "PostgreSQL" : "SQLite");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success = TRUE").query(Integer.class).single())
                .isGreaterThanOrEqualTo(4);
    }
}
