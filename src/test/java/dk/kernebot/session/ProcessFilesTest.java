package dk.kernebot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dk.kernebot.chat.Texts;
import dk.kernebot.session.kind.StepTypes;
import dk.kernebot.support.BotIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A process file a municipality writes is checked when the bot starts: the schema's structural rules and then the
 * domain rules of each step's kind, every problem at once, in Danish, naming file, step and field.
 */
class ProcessFilesTest extends BotIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    StepTypes types;

    @Autowired
    Texts texts;

    @Test
    void theShippedProcessesLoadWithTheirVocabularies() throws Exception {
        ProcessDefinition quality = parse(shipped("kvalitetssamtale")).process().orElseThrow();

        assertThat(quality.vocabularies().of(Vocabularies.ROLES)).extracting(Term::id).contains("DAGTILBUDSCHEF", "ANDEN");
        assertThat(quality.vocabularies().find(Vocabularies.CATEGORIES, "GOAL")).hasValueSatisfying(t -> {
            assertThat(t.goal()).isTrue();
            assertThat(t.choice(Texts.DANISH)).isEqualTo("Et forslag til mål");
            assertThat(t.label(Texts.ENGLISH)).isEqualTo("Goal");
        });
        assertThat(parse(shipped("kerneopgave")).process().orElseThrow().vocabularies().of(Vocabularies.RINGS))
                .extracting(Term::id).containsExactly("INSTITUTION", "KOMMUNAL", "NATIONAL", "INTERNATIONAL");
    }

    @Test
    void aBrokenProcessNamesEveryDomainProblemAtOnce() throws Exception {
        ObjectNode process = shipped("kerneopgave");
        ArrayNode steps = (ArrayNode) process.path("steps");
        ((ObjectNode) steps.get(1)).put("kind", "FORSLAG");
        ((ObjectNode) steps.get(3)).put("over", "noget-andet");
        ((ObjectNode) steps.get(4)).put("id", "ramme");
        ((ArrayNode) process.path("vocabularies").path("rings")).addObject().put("id", "REGIONAL")
                .putObject("label").put("da", "Regional");
        steps.add(((ObjectNode) steps.get(0).deepCopy()).put("id", "efter"));

        List<String> problems = parse(process).problems();

        assertThat(problems).containsExactlyInAnyOrder(
                "kerneopgave.json, trin \"kerneopgave\", felt \"kind\": Trintypen \"FORSLAG\" findes ikke. Kendte trintyper: "
                        + String.join(", ", types.kinds()) + ".",
                "kerneopgave.json, trin \"bobler\", felt \"vocabularies.rings\": Ringen \"REGIONAL\" findes ikke på pladen. "
                        + "Pladens ringe: INSTITUTION, KOMMUNAL, NATIONAL, INTERNATIONAL.",
                "kerneopgave.json, trin \"prioritering\", felt \"over\": Skal nævne et af de tidligere trin, hvis bidrag "
                        + "der stemmes om (nu: \"noget-andet\").",
                "kerneopgave.json, trin \"ramme\", felt \"id\": Trin-id'et er brugt mere end én gang.",
                "kerneopgave.json, trin \"opsamling\", felt \"kind\": Et opsamlingstrin skal være processens sidste trin.",
                "kerneopgave.json, trin \"efter\", felt \"kind\": Processen skal slutte med et opsamlingstrin (SUMMARY).");
    }

    @Test
    void aStepWhoseVocabularyIsMissingOrWrongSaysWhich() throws Exception {
        ObjectNode process = shipped("kvalitetssamtale");
        ObjectNode vocabularies = (ObjectNode) process.path("vocabularies");
        vocabularies.remove("roles");
        vocabularies.remove("capitals");
        ((ArrayNode) process.path("steps").get(2).path("categories")).add("IDE");

        List<String> problems = parse(process).problems();

        assertThat(problems).contains(
                "kvalitetssamtale.json, trin \"ramme\", felt \"kind\": Trinnet bruger ordlisten \"roles\", men filen har "
                        + "den ikke under \"vocabularies\".",
                "kvalitetssamtale.json, trin \"laereplan\", felt \"categories\": Trinnet bruger ordlisten \"capitals\", "
                        + "men filen har den ikke under \"vocabularies\".",
                "kvalitetssamtale.json, trin \"laeringsmiljoe\", felt \"categories\": \"IDE\" står ikke i ordlisten "
                        + "\"categories\". Den har: NOTE, ASSESSMENT, GOAL.");
    }

    @Test
    void aSchemaProblemIsNamedWithinItsStep() throws Exception {
        ObjectNode process = shipped("kerneopgave");
        ((ObjectNode) process.path("steps").get(2)).remove("title");
        process.put("revisitAfterMonths", "seks");

        assertThat(parse(process).problems()).containsExactlyInAnyOrder(
                "kerneopgave.json, trin \"bobler\", felt \"title\": Feltet mangler.",
                "kerneopgave.json, felt \"revisitAfterMonths\": Har en forkert type (skal være integer).");
    }

    private ProcessParser.Parsed parse(JsonNode process) {
        String file = process.path("id").asString() + ".json";
        return new ProcessParser(types, new ProcessProblems(texts)).parse(process, file);
    }

    private static ObjectNode shipped(String id) throws Exception {
        try (var in = ProcessFilesTest.class.getClassLoader().getResourceAsStream("processes/" + id + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
