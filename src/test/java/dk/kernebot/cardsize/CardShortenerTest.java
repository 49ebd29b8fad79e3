package dk.kernebot.cardsize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The shortened card keeps its beginning in order, cuts inside the element that no longer fits, and fits. */
class CardShortenerTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final CardShortener shortener = new CardShortener(json);

    @Test
    void keepsTheBeginningInOrderAndCutsInsideTheContainerThatNoLongerFits() {
        ObjectNode card = json.createObjectNode().put("type", "AdaptiveCard").put("version", "1.5");
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", "Handleplan");
        ObjectNode goals = body.addObject().put("type", "Container");
        ArrayNode items = goals.putArray("items");
        for (int i = 1; i <= 200; i++) {
            items.addObject().put("type", "TextBlock").put("text", "Mål " + i + ": " + "sprog og leg hver dag ".repeat(5));
        }
        body.addObject().put("type", "TextBlock").put("text", "Slutningen");
        ArrayNode actions = card.putArray("actions");
        actions.addObject().put("type", "Action.Execute").put("title", "Tilføj mål").put("verb", "actionplan.goal.add");
        ObjectNode big = actions.addObject().put("type", "Action.ShowCard").put("title", "Historik");
        big.putObject("card").put("type", "AdaptiveCard").putArray("body").addObject()
                .put("type", "TextBlock").put("text", "x".repeat(5000));

        String shortened = shortener.shorten(json.writeValueAsString(card), 4000, notice(), open());

        assertThat(shortened.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4000);
        JsonNode result = json.readTree(shortened);
        JsonNode kept = result.get("body");
        assertThat(kept.get(0).get("text").asString()).isEqualTo("Handleplan");
        JsonNode keptGoals = kept.get(1).get("items");
        assertThat(keptGoals.size()).isBetween(5, 199);
        for (int i = 0; i < keptGoals.size() - 1; i++) {
            assertThat(keptGoals.get(i).get("text").asString()).startsWith("Mål " + (i + 1) + ":");
        }
        assertThat(shortened).doesNotContain("Slutningen").doesNotContain("xxxxxxxxxx");
        assertThat(kept.get(kept.size() - 1).get("text").asString()).isEqualTo("Forkortet");
        assertThat(result.get("actions").get(0).get("title").asString()).isEqualTo("Se det hele");
        assertThat(result.get("actions").get(1).get("title").asString()).isEqualTo("Tilføj mål");
        assertThat(result.get("actions").size()).isEqualTo(2);
    }

    @Test
    void aSingleTextTooLongForTheBudgetKeepsItsFirstWords() {
        ObjectNode card = json.createObjectNode().put("type", "AdaptiveCard").put("version", "1.5");
        card.putArray("body").addObject().put("type", "TextBlock").put("text", "ord ".repeat(5000));

        String shortened = shortener.shorten(json.writeValueAsString(card), 3000, notice(), open());

        assertThat(shortened.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(3000);
        String text = json.readTree(shortened).get("body").get(0).get("text").asString();
        assertThat(text).startsWith("ord ord").endsWith("…").hasSizeLessThan(3000);
    }

    private ObjectNode notice() {
        return json.createObjectNode().put("type", "TextBlock").put("text", "Forkortet");
    }

    private ObjectNode open() {
        return json.createObjectNode().put("type", "Action.OpenUrl").put("title", "Se det hele").put("url", "http://x/indhold/t");
    }
}
