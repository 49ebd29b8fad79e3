package dk.kernebot.storage;

import java.util.Optional;

import org.springframework.data.jdbc.core.dialect.DialectResolver;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Spring Data JDBC asks each dialect provider (listed in META-INF/spring.factories) about the database the pool
 * actually connects to, as its driver reports it: SQLite gets our dialect, anything else is left to Spring's own
 * providers (PostgreSQL). The kind is never guessed from the URL text, which a wrapped or proxied URL would fool.
 */
public class SqliteDialectProvider implements DialectResolver.JdbcDialectProvider {

    @Override
    public Optional<Dialect> getDialect(JdbcOperations operations) {
        return Optional.ofNullable(operations.execute((ConnectionCallback<Dialect>) connection ->
                "SQLite".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())
                        ? SqliteDialect.INSTANCE : null));
    }
}
