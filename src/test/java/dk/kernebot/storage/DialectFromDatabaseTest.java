package dk.kernebot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;

/** The SQL dialect follows the database the pool connected to (its driver's product name), on both databases. */
class DialectFromDatabaseTest extends BotIntegrationTest {

    @Autowired
    JdbcDialect dialect;

    @Test
    void theDialectIsTheConnectedDatabases() {
        if (TestDatabase.postgres()) {
            assertThat(dialect).isInstanceOf(JdbcPostgresDialect.class);
        } else {
            assertThat(dialect).isSameAs(SqliteDialect.INSTANCE);
        }
    }
}
