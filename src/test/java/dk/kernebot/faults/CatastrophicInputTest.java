package dk.kernebot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a regular expression or a scan run for minutes: a mention whose text is a catastrophic
 * pattern, 64 KB of {@code <at>} tags, 32K newlines in card data and in commands. Each is answered properly (no
 * 5xx, and the bot goes on working); how long each took is printed, slowest first, as a benchmark figure rather
 * than a timed assertion. (Before the fix the first case held a request thread for minutes and the client gave up.)
 */
class CatastrophicInputTest extends BotIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Timed(String name, int status, long millis) {
    }

    @Test
    void craftedInputsAreAnsweredAndTheSlowestIsPrinted() throws Exception {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Mallory", "kort"));
        String draw = connector.postedTo(chat.conversationId()).get(0).card().findValue("drawId").asText();
        String newlines = "\n".repeat(32_768) + "x";
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("mention text (.*a){11}!x", withBotMention(chat.message("Mallory", "a".repeat(40)), "(.*a){11}!x"));
        cases.put("mention text (a|aa)+$ ", withBotMention(chat.message("Mallory", "a".repeat(60) + "b"), "(a|aa)+$"));
        cases.put("mention text ((a+)+)+c", withBotMention(chat.message("Mallory", "a".repeat(40)), "((a+)+)+c"));
        cases.put("64 KB of <at>", chat.message("Mallory", "<at>".repeat(16_384)));
        cases.put("64 KB of <AT> and <", chat.message("Mallory", "<AT>x<".repeat(10_900)));
        cases.put("32K newlines in an answer", chat.execute("Mallory", "c", "reflection.answer",
                Map.of("verb", "reflection.answer", "drawId", draw, "answer", newlines)));
        cases.put("32K newlines and - in an answer", chat.execute("Mallory", "c", "reflection.answer",
                Map.of("verb", "reflection.answer", "drawId", draw, "answer", "\n".repeat(32_768) + "- x")));
        cases.put("32K newlines in a question", chat.message("Mallory", "spørgsmål " + newlines));
        cases.put("32K newlines in a goal", chat.message("Mallory", "mål " + newlines));
        cases.put("an action of 60K spaces", chat.message("Mallory", "handling x ansvarlig" + " ".repeat(60_000) + "frist"));
        cases.put("an action of til mål", chat.message("Mallory", "handling " + "til mål ".repeat(7_000)));
        cases.put("an action of hver", chat.message("Mallory", "handling x " + "hver ".repeat(12_000) + "dage"));
        cases.put("a due date of 1/", chat.message("Mallory", "handling x ansvarlig mig frist " + "1/".repeat(30_000)));

        List<Timed> timings = new ArrayList<>();
        for (Map.Entry<String, String> c : cases.entrySet()) {
            long start = System.nanoTime();
            HttpResponse<String> response = bot().post(c.getValue());
            timings.add(new Timed(c.getKey(), response.statusCode(), (System.nanoTime() - start) / 1_000_000));
            assertThat(response.statusCode()).as(c.getKey()).isLessThan(500);
        }
        timings.sort(Comparator.comparingLong(Timed::millis).reversed());
        System.out.println("Catastrophic input, slowest first (ms): " + timings);
        System.out.println("Slowest case: " + timings.get(0).name() + " in " + timings.get(0).millis() + " ms");

        // The bot still works for this conversation afterwards.
        assertThat(bot().post(chat.message("Mallory", "hjælp")).statusCode()).isEqualTo(202);
        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("Det kan Kernebot");
    }

    @Test
    void theMentionIsRemovedLiterallyNotAsAPattern() throws Exception {
        // As a regular expression "k.rt" would eat the command "kort" itself; taken literally it is not there.
        TeamsActivities chat = groupChat();

        bot().send(withBotMention(chat.message("Mallory", "kort"), "k.rt"));

        assertThat(connector.postedTo(chat.conversationId()).get(0).card().findValue("drawId")).isNotNull();
    }

    /** The message with the bot's mention entity carrying {@code mentionText}. */
    private static String withBotMention(String activity, String mentionText) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(activity);
        ArrayNode entities = tree.putArray("entities");
        ObjectNode mention = entities.addObject();
        mention.put("type", "mention");
        mention.put("text", mentionText);
        mention.putObject("mentioned").put("id", TeamsActivities.BOT_ID).put("name", TeamsActivities.BOT_NAME);
        return tree.toString();
    }
}
