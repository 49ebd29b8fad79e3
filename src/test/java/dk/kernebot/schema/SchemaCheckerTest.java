package dk.kernebot.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaCheckerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SchemaChecker checker = SchemaChecker.fromClasspath("schemas/test-person.schema.json");

    @Test
    void aDocumentThatKeepsTheSchemaHasNoProblems() {
        assertThat(checker.check(json("{\"name\":\"Anne\",\"age\":41,\"pets\":[{\"kind\":\"kat\",\"name\":\"Mis\"}]}")))
                .isEmpty();
    }

    @Test
    void everyProblemComesAtOnceWithItsFieldCodeAndDetail() {
        List<String> problems = problems("{\"pets\":[{\"name\":\"m\",\"legs\":4},\"hund\",{\"kind\":1}],\"naem\":\"Bo\","
                + "\"age\":-1,\"role\":\"chef\"}");

        assertThat(problems).containsExactly(
                "naem: UNKNOWN_FIELD",
                "name: MISSING",
                "age: TOO_SMALL (0)",
                "role: NOT_ALLOWED ([\"leder\",\"pædagog\"])",
                "pets: TOO_MANY (2)",
                "pets[0].legs: UNKNOWN_FIELD",
                "pets[0].kind: MISSING",
                "pets[0].name: TOO_SHORT (2)",
                "pets[0].name: NO_MATCH (^[A-Z])",
                "pets[1]: WRONG_TYPE (object)",
                "pets[2].kind: WRONG_TYPE (string)");
    }

    @Test
    void limitsComeAsNumbers() {
        List<SchemaProblem> problems = checker.check(json("{\"name\":\"Abcdefghijkl\",\"age\":200}"));

        assertThat(problems).extracting(SchemaProblem::code)
                .containsExactly(SchemaProblem.Code.TOO_LONG, SchemaProblem.Code.TOO_LARGE);
        assertThat(problems).extracting(SchemaProblem::limit).containsExactly(10, 150);
    }

    @Test
    void notAnObjectIsOneProblemAtTheDocument() {
        assertThat(problems("[1,2]")).containsExactly("(document): WRONG_TYPE (object)");
    }

    @Test
    void aFieldPathReadsAsAPersonWritesItAndFindsItsValue() {
        JsonNode document = json("{\"pets\":[{\"kind\":\"kat\"},{\"kind\":\"hund\"}]}");
        FieldPath kind = FieldPath.of("pets", 1, "kind");

        assertThat(kind).hasToString("pets[1].kind");
        assertThat(kind.in(document).asString()).isEqualTo("hund");
        assertThat(kind.drop(1)).hasToString("[1].kind");
        assertThat(FieldPath.of("pets", 7, "kind").in(document).isMissingNode()).isTrue();
        assertThat(kind.lastName()).isEqualTo("kind");
        assertThat(FieldPath.ROOT).hasToString("");
    }

    @Test
    void aMissingSchemaFailsAtOnce() {
        assertThatThrownBy(() -> SchemaChecker.fromClasspath("schemas/nope.schema.json"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("schemas/nope.schema.json");
    }

    private List<String> problems(String document) {
        return checker.check(json(document)).stream().map(SchemaProblem::toString).toList();
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
