package dk.kernebot.privacy;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Small SQL helpers shared by the {@link PersonalTables}. */
final class Rows {

    /** Stands in for an empty id list: {@code IN ()} is not SQL, and no real id looks like this. */
    private static final List<String> NONE = List.of("\u2400none");

    private Rows() {
    }

    /** The ids for an {@code IN (:ids)}, never empty. */
    static Collection<String> in(Collection<String> ids) {
        return ids.isEmpty() ? NONE : ids;
    }

    /**
     * Rows for the export, keyed by column in camelCase; moments (columns ending in "_at", and "at") as ISO times,
     * so a person can read when something happened.
     */
    static List<Map<String, Object>> export(JdbcClient jdbc, String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query(Rows::exportRow).list();
    }

    private static Map<String, Object> exportRow(ResultSet row, int n) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
            Object value = row.getObject(i);
            if (value instanceof Number millis && (column.endsWith("_at") || column.equals("at"))) {
                value = Instant.ofEpochMilli(millis.longValue()).toString();
            }
            out.put(camel(column), value);
        }
        return out;
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /**
     * Runs each query with {@code :asked} (what the administrator asked about) and adds its two columns to the person:
     * a Teams user id and an Entra id.
     */
    static void ids(JdbcClient jdbc, Person person, String... queries) {
        for (String sql : queries) {
            jdbc.sql(sql).param("asked", person.asked()).query((row, n) -> {
                person.addUserId(row.getString(1));
                person.addAadId(row.getString(2));
                return null;
            }).list();
        }
    }

    /**
     * Runs each query with the person's parameters and adds its columns to the person: a name, and (if the query has a
     * second column) the conversation it was found in.
     */
    static void traces(JdbcClient jdbc, Person person, String... queries) {
        Map<String, Object> params = person.params();
        for (String sql : queries) {
            jdbc.sql(sql).params(params).query((row, n) -> {
                person.addName(row.getString(1));
                if (row.getMetaData().getColumnCount() > 1) {
                    person.addConversation(row.getString(2));
                }
                return null;
            }).list();
        }
    }
}
