package dk.kernebot.institution;

import static dk.kernebot.institution.InstitutionFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The slips an admin makes when writing a file by hand, each named precisely (the HTTP tests cover the rest). */
class InstitutionParserTest {

    private final InstitutionParser parser = new InstitutionParser();

    @Test
    void copiedTeamsIdsThatCannotWorkAreNamed() {
        ObjectNode file = InstitutionFixtures.withConversations(file("ids", "Ids"),
                List.of("19:abc@thread.v2;messageid=1700000000000", "19:abc@thread.v2", "19:abc@thread.v2", "med mellemrum"),
                List.of("8d3f1c2a-4b5e-4f6a-9b7c-1d2e3f4a5b6c", "19%3Ateam%40thread.tacv2"));

        assertThat(problems(file.toString())).containsExactly(
                "conversations[0]: thread-id", "conversations[2]: duplicate", "conversations[3]: bad-ref (512)",
                "teams[0]: group-id", "teams[1]: url-encoded");
    }

    @Test
    void textsAreCheckedForEmptyEnglishInvisibleCharactersAndType() {
        ObjectNode file = file("tekster", "Tekster");
        ((ObjectNode) file.path("kerneopgave")).put("en", " ");
        ((ObjectNode) file.path("vaerdisaet").get(0).path("description")).put("da", "Nærvær\u0000");
        file.put("name", 42);

        assertThat(problems(file.toString())).containsExactly(
                "name: not-text", "kerneopgave.en: empty-text", "vaerdisaet[0].description.da: control-characters");
    }

    @Test
    void leadersAreNamedByEntraObjectIdAndTheUsualSlipsAreNamed() {
        ObjectNode file = file("ledere", "Ledere");
        ArrayNode leaders = file.putArray("leaders");
        leaders.addObject().put("aadObjectId", "3F2504E0-4F89-11D3-9A0C-0305E82C3301").put("name", "Mette Hansen");
        leaders.addObject().put("aadObjectId", "mette@aalborg.dk").put("name", "Mette");
        leaders.addObject().put("aadObjectId", "29:1abcDEF").put("name", "Jens");
        leaders.addObject().put("aadObjectId", "3f2504e0-4f89-11d3-9a0c-0305e82c3301").put("name", "Igen");
        leaders.addObject().put("aadObjectId", "ikke-et-id").put("email", "x@y.dk");
        leaders.add("Lone");

        assertThat(problems(file.toString())).containsExactly(
                "leaders[1].aadObjectId: aad-is-email", "leaders[2].aadObjectId: aad-is-teams-id",
                "leaders[3].aadObjectId: duplicate", "leaders[4].email: unknown-field",
                "leaders[4].aadObjectId: bad-aad-id", "leaders[4].name: missing", "leaders[5]: not-object");
    }

    @Test
    void aLeadersEntraIdIsKeptInLowerCaseAsTeamsSendsIt() {
        ObjectNode file = file("ledere", "Ledere");
        file.putArray("leaders").addObject().put("aadObjectId", " 3F2504E0-4F89-11D3-9A0C-0305E82C3301 ")
                .put("name", "Mette Hansen");

        InstitutionFile parsed = parser.parse(file.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.leaders()).containsExactly(
                new InstitutionLeader("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "Mette Hansen"));
    }

    @Test
    void theVaerdisaetHasAtMostTwentyValues() {
        ObjectNode file = file("mange", "Mange");
        ArrayNode values = (ArrayNode) file.path("vaerdisaet");
        while (values.size() <= InstitutionParser.MAX_VALUES) {
            values.add(values.get(0).deepCopy());
        }

        assertThat(problems(file.toString())).containsExactly("vaerdisaet: values-count (20)");
    }

    @Test
    void whatIsNotAnObjectOfUtf8JsonIsRefusedAsAWhole() {
        assertThat(problems("")).containsExactly("(file): empty-file");
        assertThat(problems("[]")).containsExactly("(file): not-object");
        assertThat(problems("{\"id\": \"a\",\n\"id\": \"b\"}")).containsExactly("(file): not-json-at (2)");
        byte[] latin1 = file("latin", "Børnehuset").toString().getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(latin1)).containsExactly("(file): not-utf8");
    }

    @Test
    void aByteOrderMarkFromAWindowsEditorIsFine() {
        InstitutionFile parsed = parser.parse(("\uFEFF" + file("bom", "Bom")).getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.profile().values()).extracting(CoreValue::id).containsExactly("nysgerrighed", "faellesskab");
        assertThat(parsed.profile().values().get(1).name().en()).isNull();
    }

    @Test
    void aSchemaLineForTheEditorIsFine() {
        ObjectNode file = file("skema", "Skema").put("$schema", "./institution.schema.json");

        assertThat(parser.parse(file.toString().getBytes(StandardCharsets.UTF_8)).profile().id()).isEqualTo("skema");
    }

    private List<String> problems(String json) {
        return problems(json.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(byte[] content) {
        InstitutionValidationException e = catchThrowableOfType(InstitutionValidationException.class,
                () -> parser.parse(content));
        assertThat(e).as("expected problems").isNotNull();
        return e.problems().stream().map(InstitutionProblem::toString).toList();
    }
}
