package dk.kernebot.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dk.kernebot.language.UserTexts.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every text a user sees follows docs/ordliste.md: no word it forbids in Danish, singular after 1 and plural
 * otherwise wherever a number is shown, one form of address per text, no two names or numbers in a row, English
 * that is English, and card templates that take all their words from the bundles.
 */
class GlossaryTest {

    private static final Pattern GROUP_ADDRESS = Pattern.compile("(?<![\\p{L}])(jer|jeres)(?![\\p{L}])|(?<![.!?:\"(–-]\\s|^)(?<![\\p{L}])I(?![\\p{L}])");
    private static final Pattern PERSON_ADDRESS = Pattern.compile("(?<![\\p{L}])(du|dig|din|dit|dine)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TWO_IN_A_ROW = Pattern.compile("\\{\\d+(,[^{}]*)?}\\s+\\{\\d+(,number[^{}]*)?}");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Set<String> KEPT_IN_ENGLISH = Set.of("kernebot");
    private static final Set<String> TEXT_PROPERTIES =
            Set.of("text", "title", "label", "placeholder", "altText", "fallbackText", "errorMessage", "speak");

    private static Glossary glossary;
    private static List<Text> danish;
    private static List<Text> english;

    @BeforeAll
    static void read() throws IOException {
        glossary = Glossary.read();
        danish = UserTexts.danish(glossary);
        english = UserTexts.english();
    }

    @Test
    void theGlossaryHasTheTablesThisTestReads() {
        assertThat(glossary.forbidden()).extracting(f -> f.phrases().get(0)).contains("session*", "bunke*", "markdown");
        assertThat(glossary.pluralForms()).contains("færdige", "dage");
        assertThat(glossary.danishWords()).contains("og", "ikke", "hjælp");
        assertThat(danish).extracting(Text::where)
                .contains("welcome.title", "processes/kerneopgave.json:steps[1].guidance", "manifest/manifest.json:name.full")
                .anyMatch(where -> where.startsWith("README.md:"))
                .anyMatch(where -> where.startsWith("decks/standard.json:"))
                .anyMatch(where -> where.startsWith("institutions/eksempel.json:"))
                .anyMatch(where -> where.startsWith("cards/session-summary.data.json:"))
                .anyMatch(where -> where.startsWith("docs/privatliv.md:"))
                .contains("session.summary.ended");
        assertThat(danish).filteredOn(text -> text.where().startsWith("docs/privatliv.md:")).extracting(Text::text)
                .anyMatch(text -> text.startsWith("- **Hvorfor?** Så personalegruppen"))
                .noneMatch(text -> text.contains("reflection_answer"));
        assertThat(english).extracting(Text::where).anyMatch(where -> where.startsWith("docs/privacy.en.md:"));
    }

    /** A process file added by anyone is read, whatever shape its texts take. */
    @Test
    void everyProcessDeckAndCardSampleIsRead() throws IOException {
        List<String> files = new ArrayList<>();
        for (String folder : List.of("src/main/resources/processes", "src/main/resources/decks", "cards")) {
            for (Path file : UserTexts.jsonFiles(Projects.ROOT.resolve(folder), folder.equals("cards"))) {
                files.add((folder.equals("cards") ? "cards/" : folder.substring(folder.lastIndexOf('/') + 1) + "/")
                        + file.getFileName());
            }
        }
        assertThat(files).contains("processes/kerneopgave.json", "processes/kvalitetssamtale.json");
        for (String file : files) {
            assertThat(danish).as("Danish texts read from " + file).anyMatch(text -> text.where().startsWith(file + ":"));
            if (!file.startsWith("cards/")) {
                assertThat(english).as("English texts read from " + file)
                        .anyMatch(text -> text.where().startsWith(file + ":"));
            }
        }
    }

    /** An English Teams sees the English twin of every process, deck and institution text, so none may be missing. */
    @Test
    void everyDanishTextInAProcessDeckOrInstitutionHasItsEnglishTwin() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> missing = new ArrayList<>();
        for (String folder : List.of("processes", "decks", "institutions")) {
            for (Path file : UserTexts.jsonFiles(Projects.ROOT.resolve("src/main/resources/" + folder), false)) {
                withoutTwin(json.readTree(file.toFile()), folder + "/" + file.getFileName() + ":", missing);
            }
        }
        assertThat(missing).as("{\"da\": ...} without a non-empty \"en\"").isEmpty();
    }

    private static void withoutTwin(JsonNode node, String where, List<String> missing) {
        if (node.isObject()) {
            if (node.path("da").isString() && node.path("en").asString("").isBlank()) {
                missing.add(where + " " + node.path("da").asString());
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                withoutTwin(field.getValue(), where + field.getKey() + ".", missing);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                withoutTwin(node.get(i), where + "[" + i + "].", missing);
            }
        }
    }

    @Test
    void theTestFindsWhatItLooksFor() {
        Glossary.Forbidden session = forbidding("session*");
        assertThat(session.findIn("Sessionen holder pause")).containsExactly("Sessionen");
        assertThat(session.findIn("Forløbet holder pause")).isEmpty();
        assertThat(forbidding("samtale").findIn("Kvalitetssamtalen og dialogsamtalen")).isEmpty();
        assertThat(forbidding("samtale").findIn("i denne samtale")).containsExactly("samtale");
        assertThat(pluralAfterOne("{0} færdige", false)).contains("1 færdige");
        assertThat(pluralAfterOne("{0,choice,1#1 færdig|1<{0} færdige}", false)).isEmpty();
        assertThat(pluralAfterOne("{0} days", true)).contains("1 days");
        assertThat(pluralsAfterOneIn("Der er 1 færdige og 2 dage tilbage", false)).containsExactly("1 færdige");
        assertThat(mixesAddress("Skriv jeres svar, før du gemmer.")).isTrue();
        assertThat(mixesAddress("I kan skrive, når I er klar.")).isFalse();
        assertThat(mixesAddress("Skriv dit svar. I morgen kommer en påmindelse.")).isFalse();
    }

    @Test
    void noDanishTextUsesAWordTheGlossaryForbids() {
        List<String> problems = new ArrayList<>();
        for (Text text : danish) {
            for (Glossary.Forbidden rule : glossary.forbidden()) {
                if (rule.allowedIn().contains(text.kind())) {
                    continue;
                }
                for (String found : rule.findIn(text.text())) {
                    problems.add(text.where() + ": \"" + found + "\" – skriv " + rule.instead() + "  [" + text.text() + "]");
                }
            }
        }
        assertThat(problems).as("words docs/ordliste.md forbids").isEmpty();
    }

    @Test
    void afterTheNumberOneComesTheSingular() {
        List<String> problems = new ArrayList<>();
        for (Text text : bundles(danish)) {
            pluralAfterOne(text.text(), false).forEach(p -> problems.add(text.where() + ": \"" + p + "\"  [" + text.text() + "]"));
        }
        for (Text text : bundles(english)) {
            pluralAfterOne(text.text(), true).forEach(p -> problems.add(text.where() + " (en): \"" + p + "\"  [" + text.text() + "]"));
        }
        // Processes, decks, samples, manifest and README show their numbers as written.
        for (Text text : danish.stream().filter(t -> !t.isBundle()).toList()) {
            pluralsAfterOneIn(text.text(), false).forEach(p -> problems.add(text.where() + ": \"" + p + "\"  [" + text.text() + "]"));
        }
        for (Text text : english.stream().filter(t -> !t.isBundle()).toList()) {
            pluralsAfterOneIn(text.text(), true).forEach(p -> problems.add(text.where() + " (en): \"" + p + "\"  [" + text.text() + "]"));
        }
        assertThat(problems).as("a plural after 1: use {0,choice,1#...|1<...} (docs/ordliste.md, Tal)").isEmpty();
    }

    @Test
    void everyChoiceHasASingularAndAPlural() {
        List<String> problems = new ArrayList<>();
        for (Text text : Stream.concat(bundles(danish).stream(), bundles(english).stream()).toList()) {
            for (Format format : new MessageFormat(text.text(), Locale.ROOT).getFormats()) {
                if (format instanceof ChoiceFormat choice) {
                    double[] limits = choice.getLimits();
                    boolean one = false;
                    boolean more = false;
                    for (double limit : limits) {
                        one |= limit == 1;
                        more |= limit > 1;
                    }
                    if (!one || !more) {
                        problems.add(text.where() + ": " + choice.toPattern());
                    }
                }
            }
        }
        assertThat(problems).as("choices without both 1# and a branch above 1").isEmpty();
    }

    @Test
    void noTwoNamesOrNumbersStandInARow() {
        List<String> problems = Stream.concat(bundles(danish).stream(), bundles(english).stream())
                .filter(text -> TWO_IN_A_ROW.matcher(text.text()).find())
                .map(text -> text.where() + ": " + text.text()).distinct().toList();
        assertThat(problems).as("two placeholders with only a space between them (\"{0} {1} har svaret\")").isEmpty();
    }

    @Test
    void aDanishTextAddressesEitherTheGroupOrOnePerson() {
        List<String> problems = danish.stream()
                .filter(text -> text.kind() != TextKind.DECK)
                .filter(text -> mixesAddress(text.text()))
                .map(text -> text.where() + ": " + text.text()).toList();
        assertThat(problems).as("\"I/jer\" and \"du/dig\" in one text (docs/ordliste.md, Tiltale)").isEmpty();
    }

    @Test
    void englishTextsAreEnglish() {
        List<String> problems = new ArrayList<>();
        for (Text text : english) {
            String words = withoutPlaceholders(text.text());
            for (String word : words.split("[^\\p{L}]+")) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (!KEPT_IN_ENGLISH.contains(lower)
                        && (lower.matches(".*[æøå].*") || glossary.danishWords().contains(lower))) {
                    problems.add(text.where() + ": \"" + word + "\"  [" + text.text() + "]");
                }
            }
        }
        assertThat(problems).as("Danish in English texts").isEmpty();
    }

    @Test
    void cardTemplatesTakeEveryWordFromTheBundles() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(Projects.ROOT.resolve("cards"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".data.json"))
                    .sorted().toList()) {
                literalTexts(json.readTree(file.toFile()), file.getFileName().toString(), problems);
            }
        }
        assertThat(problems).as("words written into a card template instead of a bundle").isEmpty();
    }

    private static void literalTexts(JsonNode node, String where, List<String> problems) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                if (TEXT_PROPERTIES.contains(field.getKey()) && value.isString()
                        && value.asString().replaceAll("\\$\\{[^}]*}", "").matches(".*\\p{L}.*")) {
                    problems.add(where + ": " + field.getKey() + " = " + value.asString());
                }
                literalTexts(value, where, problems);
            }
        } else if (node.isArray()) {
            node.forEach(child -> literalTexts(child, where, problems));
        }
    }

    private Glossary.Forbidden forbidding(String phrase) {
        return glossary.forbidden().stream().filter(f -> f.phrases().contains(phrase)).findFirst().orElseThrow();
    }

    /** The text formatted with 1 for every number (and a date for every date), searched for "1 <plural>". */
    private static List<String> pluralAfterOne(String pattern, boolean english) {
        MessageFormat format = new MessageFormat(pattern, english ? Locale.ENGLISH : Locale.forLanguageTag("da"));
        int count = 0;
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
        }
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = i < formats.length && formats[i] instanceof DateFormat ? new Date(0) : Integer.valueOf(1);
        }
        return pluralsAfterOneIn(format.format(args), english);
    }

    /** "1 <plural>" in a text as it is shown. */
    private static List<String> pluralsAfterOneIn(String formatted, boolean english) {
        List<String> found = new ArrayList<>();
        Matcher one = Pattern.compile("(?<![\\d.,])1 (\\p{L}+)").matcher(formatted);
        while (one.find()) {
            String word = one.group(1).toLowerCase(Locale.ROOT);
            boolean plural = (english ? glossary.englishPlurals() : glossary.pluralForms()).contains(word);
            if (plural) {
                found.add(one.group());
            }
        }
        return found;
    }

    static boolean mixesAddress(String text) {
        return addressesGroup(text) && addressesPerson(text);
    }

    static boolean addressesGroup(String text) {
        return GROUP_ADDRESS.matcher(withoutPlaceholders(text)).find();
    }

    static boolean addressesPerson(String text) {
        return PERSON_ADDRESS.matcher(withoutPlaceholders(text)).find();
    }

    private static String withoutPlaceholders(String text) {
        return text.replaceAll("\\{\\d+(,[^{}]*)?}", "…").replaceAll("\\{\\d+,choice,[^}]*}", "…");
    }

    private static List<Text> bundles(List<Text> texts) {
        return texts.stream().filter(Text::isBundle).toList();
    }

}
