package dk.kernebot.storage;

import java.nio.file.Path;
import java.util.Optional;

/** Reads the database file out of a sqlite-jdbc URL such as {@code jdbc:sqlite:./data/kernebot.db?foreign_keys=on}. */
final class SqliteUrls {

    private static final String PREFIX = "jdbc:sqlite:";

    private SqliteUrls() {
    }

    static boolean isSqlite(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    static Optional<Path> databaseFile(String url) {
        if (!isSqlite(url)) {
            return Optional.empty();
        }
        String file = url.substring(PREFIX.length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.startsWith("file:")) {
            file = file.substring("file:".length());
        }
        if (file.isBlank() || file.equals(":memory:") || file.startsWith(":resource:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(file).toAbsolutePath());
    }
}
