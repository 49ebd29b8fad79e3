package dk.kernebot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Danish and English say the same things, and every text survives MessageFormat (apostrophes written ''). */
class MessageBundlesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages_da.properties").stringPropertyNames());
    }

    @Test
    void everyTextIsAValidMessageFormatWithoutLoneApostrophes() throws IOException {
        for (String bundle : new String[] {"messages_da.properties", "messages_en.properties"}) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text).as("%s in %s", key, bundle).isNotBlank();
                String withoutQuotedBraces = text.replace("'{'", "").replace("'}'", "");
                assertThat(LONE_APOSTROPHE.matcher(withoutQuotedBraces).find())
                        .as("lone apostrophe in %s of %s (write '')", key, bundle).isFalse();
                new MessageFormat(text, Locale.ROOT);
            }
        }
    }

    /** A key written twice keeps only its last text, so the first one is edited in vain. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : new String[] {"messages_da.properties", "messages_en.properties"}) {
            Set<String> seen = new HashSet<>();
            List<String> twice = new ArrayList<>();
            boolean continued = false;
            for (String line : Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                boolean startsEntry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#")
                        && !trimmed.startsWith("!");
                continued = (startsEntry || continued) && trimmed.matches(".*(?<!\\\\)(\\\\\\\\)*\\\\$");
                if (startsEntry) {
                    String key = trimmed.split("\\s*[=:]", 2)[0];
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
            assertThat(twice).as("keys written twice in %s", bundle).isEmpty();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
