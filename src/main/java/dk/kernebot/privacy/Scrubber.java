package dk.kernebot.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The erasure's last pass, over every text column of every table: a person's ids inside longer values (message
 * keys, reminder keys, tags) become the placeholder id, and a full name of two words or more written anywhere
 * becomes the placeholder name. A one-word name is left to the {@link PersonalTables}, which replace it only where
 * it stands alone in a name column, in the person's own conversations: "Bo" must not be taken out of "Bobler".
 */
@Component
class Scrubber {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    Scrubber(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** @return how many rows were changed */
    int scrub(Person person, Former former) {
        Map<String, String> replacements = new LinkedHashMap<>();
        person.ids().forEach(id -> replacements.put(id, former.id()));
        person.names().stream().filter(name -> name.strip().contains(" "))
                .forEach(name -> replacements.putIfAbsent(name, former.danish()));
        if (replacements.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (Map.Entry<String, List<String>> table : Schema.textColumns(dataSource).entrySet()) {
            for (String column : table.getValue()) {
                changed += replace(table.getKey(), column, replacements);
            }
        }
        return changed;
    }

    /** One statement per column, all needles at once: the table is read once, not once per id. */
    private int replace(String table, String column, Map<String, String> replacements) {
        // Table and column names come from the database's own metadata, never from a request.
        String quoted = '"' + column + '"';
        String value = quoted;
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> r : replacements.entrySet()) {
            value = "REPLACE(" + value + ", :n" + i + ", :r" + i + ")";
            where.append(i == 0 ? "" : " OR ").append(quoted).append(" LIKE :p").append(i).append(" ESCAPE '\\'");
            params.put("n" + i, r.getKey());
            params.put("r" + i, r.getValue());
            params.put("p" + i, "%" + escapeLike(r.getKey()) + "%");
            i++;
        }
        return jdbc.sql("UPDATE \"" + table + "\" SET " + quoted + " = " + value + " WHERE " + where).params(params).update();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
