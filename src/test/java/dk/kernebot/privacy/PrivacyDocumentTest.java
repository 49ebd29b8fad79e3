package dk.kernebot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dk.kernebot.support.BotIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps docs/privatliv.md honest. The rule for "can hold personal data": every text column can, unless the document
 * lists it under "Tekniske kolonner uden persondata". So every text column of the schema, read from the database
 * itself, must be named in the document exactly once: under "Tabellerne" (personal data) or in that list.
 */
class PrivacyDocumentTest extends BotIntegrationTest {

    private static final Pattern COLUMN = Pattern.compile("`([a-z_]+)\\.([a-z_]+)`");
    private static final String TABLES = "\n## Tabellerne\n";
    private static final String TECHNICAL = "\n## Tekniske kolonner uden persondata\n";

    @Autowired
    DataSource dataSource;

    @Test
    void everyTextColumnIsNamedEitherAsPersonalDataOrAsTechnical() throws Exception {
        String document = Files.readString(Path.of("docs/privatliv.md"));
        int tables = document.indexOf(TABLES);
        int technical = document.indexOf(TECHNICAL);
        assertThat(tables).as("the section %s", TABLES.strip()).isPositive();
        assertThat(technical).as("the section %s", TECHNICAL.strip()).isGreaterThan(tables);
        int end = document.indexOf("\n## ", technical + TECHNICAL.length());
        Set<String> personal = columns(document.substring(tables, technical));
        Set<String> allowed = columns(document.substring(technical, end < 0 ? document.length() : end));

        Set<String> schema = new TreeSet<>();
        for (Map.Entry<String, java.util.List<String>> table : Schema.textColumns(dataSource).entrySet()) {
            table.getValue().forEach(column -> schema.add(table.getKey() + "." + column));
        }

        Set<String> missing = new TreeSet<>(schema);
        missing.removeAll(personal);
        missing.removeAll(allowed);
        assertThat(missing).as("text columns docs/privatliv.md does not name (personal data, or technical?)").isEmpty();
        Set<String> both = new TreeSet<>(personal);
        both.retainAll(allowed);
        assertThat(both).as("columns named both as personal data and as technical").isEmpty();
        Set<String> stale = new TreeSet<>(personal);
        stale.addAll(allowed);
        stale.removeAll(schema);
        assertThat(stale).as("columns docs/privatliv.md names that are not text columns of the schema").isEmpty();
        assertThat(schema).as("the schema was read").contains("reflection_answer.answer", "outbox.card_json");
    }

    private static Set<String> columns(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = COLUMN.matcher(text);
        while (m.find()) {
            found.add(m.group(1) + "." + m.group(2));
        }
        return found;
    }
}
