package dk.kernebot.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The erasure's last pass, over every text column of every table, read from the database's metadata (so tables
 * added later are covered): the person's ids, also inside longer values (message keys, reminder keys, tags), become
 * the placeholder id everywhere; their names become the placeholder name wherever they stand as a whole word
 * ("Bo" is replaced in "Anne, Bo", not in "Bobler"), in the rows of their own conversations, so a namesake elsewhere
 * keeps their name. Tables that reach a conversation only through another table ask for their free text with
 * {@link #names(String, String, String, Person, Former)}.
 * <p>
 * Values are rewritten in Java and written back by their old value ({@code WHERE column = old}): equal values get
 * the same new value, so no table needs a known key.
 */
@Component
class Scrubber {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    Scrubber(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** @return how many distinct values were changed */
    int scrub(Person person, Former former) {
        int changed = 0;
        Map<String, List<String>> schema = Schema.textColumns(dataSource);
        for (Map.Entry<String, List<String>> table : schema.entrySet()) {
            List<String> scope = table.getValue().stream()
                    .filter(c -> c.contains("conversation") && !c.contains("type")).toList();
            String inTheirs = scope.isEmpty() ? null
                    : String.join(" OR ", scope.stream().map(c -> quote(c) + " IN (:conversations)").toList());
            for (String column : table.getValue()) {
                changed += rewrite(table.getKey(), column, null, person, former, true, false);
                if (inTheirs != null) {
                    changed += rewrite(table.getKey(), column, inTheirs, person, former, false, true);
                }
            }
        }
        changed += auditTrail(person, former);
        return changed;
    }

    /**
     * The audit trail belongs to no conversation, but names a person beside their id ("id (Name)"): after the id pass
     * those rows carry the placeholder id, and their names go too. The placeholder id is Kernebot's own UUID, so it
     * can stand in the SQL as a literal.
     */
    private int auditTrail(Person person, Former former) {
        String mentions = "\"who\" LIKE '%" + former.id() + "%' OR \"detail\" LIKE '%" + former.id() + "%'";
        return rewrite("admin_audit", "who", mentions, person, former, false, true)
                + rewrite("admin_audit", "detail", mentions, person, former, false, true);
    }

    /** Whole-word names in one column, in the rows {@code scopeSql} picks (with the person's parameters). */
    int names(String table, String column, String scopeSql, Person person, Former former) {
        return rewrite(table, column, scopeSql, person, former, false, true);
    }

    private int rewrite(String table, String column, String scopeSql, Person person, Former former,
                        boolean ids, boolean names) {
        Set<String> needles = ids ? person.ids() : person.names();
        if (needles.isEmpty()) {
            return 0;
        }
        Map<String, Object> params = person.params();
        StringBuilder like = new StringBuilder();
        int i = 0;
        for (String needle : needles) {
            like.append(i == 0 ? "" : " OR ").append(quote(column)).append(" LIKE :p").append(i).append(" ESCAPE '\\'");
            params.put("p" + i++, "%" + escapeLike(needle) + "%");
        }
        // Table and column names come from the database's own metadata or from code, never from a request.
        String where = "(" + like + ")" + (scopeSql == null ? "" : " AND (" + scopeSql + ")");
        List<String> values = jdbc.sql("SELECT DISTINCT " + quote(column) + " FROM " + quote(table) + " WHERE " + where)
                .params(params).query((row, n) -> row.getString(1)).list();
        int changed = 0;
        for (String old : values) {
            String value = old;
            for (String needle : needles) {
                value = ids ? value.replace(needle, former.id()) : Words.replace(value, needle, former.danish());
            }
            if (!value.equals(old)) {
                changed += jdbc.sql("UPDATE " + quote(table) + " SET " + quote(column) + " = :new WHERE "
                        + quote(column) + " = :old").param("new", value).param("old", old).update() > 0 ? 1 : 0;
            }
        }
        return changed;
    }

    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
