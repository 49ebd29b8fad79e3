package dk.kernebot.cards;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Microsoft's Adaptive Cards parser, for cards that are put together at run time (a step card is its frame with
 * the kind's part inside) and so are not covered by the template-by-template conformance test.
 */
public final class OfficialCards {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OfficialCards() {
    }

    /** Every problem the official parser finds in these cards (JSON texts), each named by its place in the list. */
    public static List<String> problems(List<String> cards) throws Exception {
        ArrayNode jobs = JSON.createArrayNode();
        for (int i = 0; i < cards.size(); i++) {
            jobs.addObject().put("name", "card " + i).set("card", JSON.readTree(cards.get(i)));
        }
        NodeTool.Result checked = NodeTool.run("validate-card.mjs", JSON.writeValueAsString(jobs));
        List<String> problems = new ArrayList<>();
        for (JsonNode result : JSON.readTree(checked.stdout())) {
            result.path("errors").forEach(e -> problems.add(result.path("name").asString() + ": " + e.asString()));
        }
        if (checked.stdout().isBlank()) {
            problems.add("validate-card.mjs said nothing: " + checked.stderr());
        }
        return problems;
    }
}
