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
 * itself, must be named in the document exactly once: under "Tabellerne" (personal data) or in that list. The
 * English version, docs/privacy.en.md, is served to English chats and must name the same columns in the same places.
 */
class PrivacyDocumentTest extends BotIntegrationTest {

    private static final Pattern COLUMN = Pattern.compile("`([a-z_]+)\\.([a-z_]+)`");
    private static final String TABLES = "\n## Tabellerne\n";
    private static final String TECHNICAL = "\n## Tekniske kolonner uden persondata\n";
    private static final String ENGLISH_TABLES = "\n## Tables\n";
    private static final String ENGLISH_TECHNICAL = "\n## Technical columns without personal data\n";

    @Autowired
    DataSource dataSource;

    @Test
    void everyTextColumnIsNamedEitherAsPersonalDataOrAsTechnical() throws Exception {
        String document = Files.readString(Path.of("docs/privatliv.md"));
        Set<String> personal = columns(section(document, TABLES, TECHNICAL));
        Set<String> allowed = columns(section(document, TECHNICAL, null));

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

    @Test
    void theEnglishVersionNamesTheSameColumnsInTheSamePlaces() throws Exception {
        String danish = Files.readString(Path.of("docs/privatliv.md"));
        String english = Files.readString(Path.of("docs/privacy.en.md"));

        assertThat(columns(section(english, ENGLISH_TABLES, ENGLISH_TECHNICAL)))
                .as("personal data columns in docs/privacy.en.md (translate what docs/privatliv.md says)")
                .isEqualTo(columns(section(danish, TABLES, TECHNICAL)));
        assertThat(columns(section(english, ENGLISH_TECHNICAL, null)))
                .as("technical columns in docs/privacy.en.md (translate what docs/privatliv.md says)")
                .isEqualTo(columns(section(danish, TECHNICAL, null)));
    }

    /** From a heading to the next heading given, or else to the next section of the same level. */
    private static String section(String document, String heading, String next) {
        int start = document.indexOf(heading);
        assertThat(start).as("the section %s", heading.strip()).isPositive();
        int end = next == null ? document.indexOf("\n## ", start + heading.length()) : document.indexOf(next, start);
        assertThat(next == null || end > start).as("the section %s after %s", next, heading.strip()).isTrue();
        return document.substring(start, end < 0 ? document.length() : end);
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
