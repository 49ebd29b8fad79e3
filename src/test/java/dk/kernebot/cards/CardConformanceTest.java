package dk.kernebot.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every card template, expanded with its sample data, must come out of our Java renderer exactly as it comes out
 * of Microsoft's templating engine (adaptivecards-templating, pinned in tools/node), and must pass Microsoft's
 * Adaptive Cards parser for version 1.5. One node process does all templates, so this stays fast.
 */
class CardConformanceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, JsonNode> official = new LinkedHashMap<>();
    private static final Map<String, String> ours = new LinkedHashMap<>();
    private static final Map<String, List<String>> validation = new LinkedHashMap<>();

    @BeforeAll
    static void expandEverything() throws Exception {
        ArrayNode jobs = JSON.createArrayNode();
        for (Path template : templates()) {
            String name = template.toString();
            Path data = Path.of(name.replace(".json", ".data.json"));
            assertThat(data).as("sample data beside %s", name).exists();
            String templateJson = Files.readString(template);
            String dataJson = Files.readString(data);
            ObjectNode job = jobs.addObject();
            job.put("name", name);
            job.set("template", JSON.readTree(templateJson));
            job.set("data", JSON.readTree(dataJson));
            ours.put(name, JsonTemplates.render(name, templateJson, dataJson));
        }
        NodeTool.Result expanded = NodeTool.run("render-template.mjs", JSON.writeValueAsString(jobs));
        assertThat(expanded.exitCode()).as(expanded.stderr()).isZero();
        for (JsonNode result : JSON.readTree(expanded.stdout())) {
            assertThat(result.has("error")).as("official engine on %s: %s", result.path("name").asString(),
                    result.path("error").asString()).isFalse();
            official.put(result.path("name").asString(), result.get("card"));
        }
        ArrayNode cards = JSON.createArrayNode();
        ours.forEach((name, card) -> cards.addObject().put("name", name).set("card", JSON.readTree(card)));
        NodeTool.Result checked = NodeTool.run("validate-card.mjs", JSON.writeValueAsString(cards));
        for (JsonNode result : JSON.readTree(checked.stdout())) {
            List<String> errors = new ArrayList<>();
            result.path("errors").forEach(e -> errors.add(e.asString()));
            validation.put(result.path("name").asString(), errors);
        }
    }

    @TestFactory
    Stream<DynamicTest> javaAndOfficialExpansionAreIdentical() {
        return ours.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () ->
                assertThat(JSON.readTree(ours.get(name))).isEqualTo(official.get(name))));
    }

    @TestFactory
    Stream<DynamicTest> everyRenderedCardIsAValidAdaptiveCard15() {
        return ours.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () ->
                assertThat(validation.get(name)).as("problems in %s", name).isEmpty()));
    }

    @Test
    void theValidatorBites() throws Exception {
        String broken = """
                [{"name":"broken","card":{"type":"AdaptiveCard","version":"1.4","body":[
                  {"type":"TextBlock"},{"type":"Bogus"},{"type":"TextBlock","text":"x","size":"Huge"},
                  {"type":"Input.Text","id":"a"},{"type":"Input.Text","id":"a"},{"type":"TextBlock","text":"${left}"}],
                  "actions":[{"type":"Action.Execute","title":"t"}]}}]""";

        NodeTool.Result result = NodeTool.run("validate-card.mjs", broken);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).contains("version must be 1.5").contains("TextBlock without text")
                .contains("Bogus").contains("Huge").contains("Duplicate Id").contains("unexpanded")
                .contains("Action.Execute without verb");
    }

    @Test
    void everyProductionTemplateIsCovered() throws IOException {
        assertThat(templates()).extracting(Path::toString)
                .contains("cards/welcome.json", "cards/help.json", "cards/reflection-card.json");
    }

    private static List<Path> templates() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path folder : List.of(Path.of("cards"), Path.of("src/test/resources/cardfixtures"),
                Path.of("src/test/resources/cards"))) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".data.json"))
                        .sorted().forEach(all::add);
            }
        }
        return all;
    }
}
