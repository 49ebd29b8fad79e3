package dk.kernebot.storage;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when the configured JDBC URL is SQLite (the embedded default) rather than PostgreSQL. */
class SqliteSelected implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return SqliteUrls.isSqlite(context.getEnvironment().getProperty("spring.datasource.url"));
    }
}
