package dk.kernebot.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The application's tables and their text columns, read from the database itself (SQLite or PostgreSQL), so that
 * tables added later are covered without anyone remembering to list them. Flyway's own history table is left out.
 */
public final class Schema {

    private Schema() {
    }

    /** Table name → its text columns (lower case, sorted). */
    public static Map<String, List<String>> textColumns(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            Map<String, List<String>> tables = new TreeMap<>();
            try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!table.startsWith("sqlite_") && !table.equals("flyway_schema_history")) {
                        tables.put(table, new ArrayList<>());
                    }
                }
            }
            try (ResultSet rows = meta.getColumns(null, schema, "%", "%")) {
                while (rows.next()) {
                    List<String> columns = tables.get(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    if (columns != null && isText(rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME"))) {
                        columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            tables.values().forEach(columns -> columns.sort(String::compareTo));
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database schema", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static boolean isText(int type, String typeName) {
        String name = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
        return type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.NVARCHAR
                || type == Types.NCHAR || type == Types.CLOB || name.contains("CHAR") || name.contains("TEXT");
    }
}
