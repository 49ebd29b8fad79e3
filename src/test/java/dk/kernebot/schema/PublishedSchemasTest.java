package dk.kernebot.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas a municipality's editor checks its files with (src/main/resources/schemas) are valid draft 2020-12 in
 * a JavaScript validator too (Ajv in strict mode, as editors use), accept the files Kernebot ships, and name the same
 * broken fields as the bot's own check, so what the editor underlines is what the bot would refuse.
 * Needs Node.js (tools/node): without it this fails, it is not skipped.
 */
class PublishedSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path PROJECT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static final Path SCHEMAS = PROJECT.resolve("src/main/resources/schemas");
    private static final Path WORK = PROJECT.resolve("target/schema-test");

    @Test
    void theShippedDeckAndInstitutionKeepTheirSchemasInBothValidators() throws Exception {
        assertKept("deck", PROJECT.resolve("src/main/resources/decks/standard.json"));
        assertKept("institution", PROJECT.resolve("src/main/resources/institutions/eksempel.json"));
    }

    @Test
    void theShippedProcessesKeepTheirSchemaInBothValidators() throws Exception {
        assertKept("process", PROJECT.resolve("src/main/resources/processes/kerneopgave.json"));
        assertKept("process", PROJECT.resolve("src/main/resources/processes/kvalitetssamtale.json"));
        assertKept("process", PROJECT.resolve("src/main/resources/processes/laereplan-evaluering.json"));
    }

    @Test
    void aBrokenProcessIsBrokenInTheSameFieldsForTheEditorAndForTheBot() throws Exception {
        ObjectNode process = read(PROJECT.resolve("src/main/resources/processes/kvalitetssamtale.json"));
        process.put("revisitAfterMonths", -1).put("stepz", 1);
        ((ArrayNode) process.path("startKeywords")).add("kvalitet");
        ObjectNode step = (ObjectNode) process.path("steps").get(2);
        step.remove("guidance");
        step.put("kind", "dialogue").put("votesPerPerson", 0);
        ((ObjectNode) process.path("vocabularies").path("roles").get(0).path("label")).put("da", "");

        List<String> fields = assertSameFields("process", write("broken-process.json", process));

        assertThat(fields).contains("/revisitAfterMonths", "/stepz", "/startKeywords/2", "/steps/2/guidance",
                "/steps/2/kind", "/steps/2/votesPerPerson", "/vocabularies/roles/0/label/da");
    }

    @Test
    void aDollarSchemaLineForTheEditorAndACardsAboutChildrenFlagAreAllowed() throws Exception {
        ObjectNode deck = read(PROJECT.resolve("src/main/resources/decks/standard.json"));
        deck.put("$schema", "./deck.schema.json");
        ((ObjectNode) deck.path("cards").get(0)).put("aboutChildren", true);
        ObjectNode institution = read(PROJECT.resolve("src/main/resources/institutions/eksempel.json"));
        institution.put("$schema", "./institution.schema.json");

        assertKept("deck", write("deck-with-schema.json", deck));
        assertKept("institution", write("institution-with-schema.json", institution));
    }

    @Test
    void aBrokenDeckIsBrokenInTheSameFieldsForTheEditorAndForTheBot() throws Exception {
        ObjectNode deck = read(PROJECT.resolve("src/main/resources/decks/standard.json"));
        deck.put("id", "Vores Kort").put("version", 0).put("promts", 1);
        ((ObjectNode) deck.path("name")).put("en", "x".repeat(81));
        ObjectNode card = (ObjectNode) deck.path("cards").get(2);
        ((ObjectNode) card.path("question")).put("da", " \n ");
        card.put("aboutChildren", "ja").put("theme", 7);
        ((ObjectNode) deck.path("cards").get(3)).put("ageGroup", "dagpleje");
        ArrayNode prompts = (ArrayNode) card.path("prompts");
        while (prompts.size() < 4) {
            prompts.add(prompts.get(0).deepCopy());
        }
        ((ObjectNode) deck.path("themes").get(1)).remove("name");
        int afterLastCard = deck.path("cards").size();
        ((ArrayNode) deck.path("cards")).add("kort");

        List<String> fields = assertSameFields("deck", write("broken-deck.json", deck));

        assertThat(fields).contains("/id", "/version", "/promts", "/name/en", "/cards/2/question/da",
                "/cards/2/aboutChildren", "/cards/2/theme", "/cards/2/prompts", "/cards/3/ageGroup", "/themes/1/name", "/cards/" + afterLastCard);
    }

    @Test
    void aBrokenInstitutionIsBrokenInTheSameFieldsForTheEditorAndForTheBot() throws Exception {
        ObjectNode file = read(PROJECT.resolve("src/main/resources/institutions/eksempel.json"));
        file.put("name", "Solsikken\u0007").put("adresse", "Solvej 1");
        ((ObjectNode) file.path("kerneopgave")).remove("da");
        ((ObjectNode) file.path("kerneopgave")).put("en", "   ");
        ((ObjectNode) file.path("vaerdisaet").get(0).path("name")).put("da", "x".repeat(201));
        ((ObjectNode) file.path("vaerdisaet").get(1)).put("id", "Nysgerrighed");
        ((ArrayNode) file.path("conversations")).add(" 19:abc@thread.v2 ").add("med mellemrum").add(42);
        file.put("ageGroup", "Børnehave");
        ((ArrayNode) file.path("leaders")).add(JSON.createObjectNode().put("aadObjectId", "mette@aalborg.dk"))
                .add("Lone");

        List<String> fields = assertSameFields("institution", write("broken-institution.json", file));

        assertThat(fields).contains("/name", "/adresse", "/kerneopgave/da", "/kerneopgave/en",
                "/vaerdisaet/0/name/da", "/vaerdisaet/1/id", "/conversations/2", "/conversations/3",
                "/leaders/1/aadObjectId", "/leaders/1/name", "/leaders/2", "/ageGroup").doesNotContain("/conversations/1");
    }

    private void assertKept(String format, Path document) throws Exception {
        assertThat(checker(format).check(read(document))).isEmpty();
        Run run = ajv(format, document);
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).isEqualTo("valid\n");
    }

    /** Both validators refuse the document in the same fields (JSON Pointers), each named at least once. */
    private List<String> assertSameFields(String format, Path document) throws Exception {
        TreeSet<String> bot = new TreeSet<>();
        checker(format).check(read(document)).forEach(problem -> bot.add(pointer(problem.field())));
        Run run = ajv(format, document);
        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        TreeSet<String> editor = new TreeSet<>();
        run.output().lines().filter(line -> line.contains("\t")).forEach(line -> editor.add(line.split("\t")[1]));

        assertThat(bot).isEqualTo(editor);
        return new ArrayList<>(bot);
    }

    private static SchemaChecker checker(String format) {
        return SchemaChecker.fromClasspath("schemas/" + format + ".schema.json");
    }

    private static String pointer(FieldPath field) {
        StringBuilder out = new StringBuilder();
        field.segments().forEach(segment -> out.append('/').append(segment));
        return out.toString();
    }

    private static ObjectNode read(Path file) throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(file));
    }

    private static Path write(String name, JsonNode document) throws IOException {
        Files.createDirectories(WORK);
        return Files.writeString(WORK.resolve(name), document.toString(), StandardCharsets.UTF_8);
    }

    private record Run(int exit, String output) {
    }

    private static Run ajv(String format, Path document) throws Exception {
        Path tools = PROJECT.resolve("tools/node");
        assertThat(tools.resolve("node_modules/ajv")).as("tools/node dependencies are missing: run 'npm ci' in tools/node "
                + "(the Maven build does this before the tests)").isDirectory();
        Process process;
        try {
            process = new ProcessBuilder("node", "validate-json-schema.mjs",
                    SCHEMAS.resolve(format + ".schema.json").toAbsolutePath().toString(),
                    document.toAbsolutePath().toString())
                    .directory(tools.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("Node.js is needed for this test (Ajv runs on it)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("validate-json-schema.mjs did not finish");
        }
        return new Run(process.exitValue(), output.replace(document.toAbsolutePath() + "\t", "\t"));
    }
}
