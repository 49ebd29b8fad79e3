package dk.kernebot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A corpus of malformed and hostile requests. Each gets a clear 4xx or a friendly answer: never a 500, never
 * the "something went wrong" message (that would mean a feature crashed), and never a change to another
 * conversation's data.
 */
class HostileInputTest extends BotIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GENERIC_ERROR = "der gik noget galt";

    @Autowired
    JdbcClient jdbc;

    /** Another group's conversation, with an open card and a question, that no request may touch. */
    private static TeamsActivities victim;
    private static String victimDraw;
    private static String victimQuestion;

    private void ensureVictim() {
        if (victim != null) {
            return;
        }
        victim = groupChat();
        bot().send(victim.messageMentioning(ADMIN_USER, "leder", "Vibeke"));
        bot().send(victim.message("Anne", "kort"));
        victimDraw = connector.postedTo(victim.conversationId()).get(1).card().findValue("drawId").asText();
        bot().send(victim.message("Anne", "spørgsmål Må vi lukke kl. 16?"));
        victimQuestion = jdbc.sql("SELECT id FROM question WHERE conversation_id = :c")
                .param("c", victim.conversationId()).query(String.class).single();
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestGetsA4xxOrAFriendlyAnswer() {
        ensureVictim();
        List<Case> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        Stream<DynamicTest> each = corpus.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            HttpResponse<String> response = bot().post(c.body());
            assertThat(response.statusCode()).as("status for %s", c.name()).isNotEqualTo(500).isLessThan(500);
            if (c.conversationId() != null) {
                for (Sent sent : connector.sentTo(c.conversationId())) {
                    assertThat(sent.allText()).as("reply to %s", c.name()).doesNotContain(GENERIC_ERROR);
                }
            }
        }));
        // Runs after the whole corpus, so it sees what every hostile request left behind.
        return Stream.concat(each, Stream.of(DynamicTest.dynamicTest("no hostile request changed the other conversation",
                this::victimIsUntouched)));
    }

    private void victimIsUntouched() {
        assertThat(jdbc.sql("SELECT status FROM reflection_draw WHERE id = :id").param("id", victimDraw)
                .query(String.class).single()).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT count(*) FROM reflection_answer WHERE conversation_id = :c")
                .param("c", victim.conversationId()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT status FROM question WHERE id = :id").param("id", victimQuestion)
                .query(String.class).single()).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT count(*) FROM conversation_leader WHERE conversation_id = :c")
                .param("c", victim.conversationId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void markupInUserTextIsShownLiterallyInCards() throws Exception {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "kort"));
        String draw = connector.postedTo(chat.conversationId()).get(0).card().findValue("drawId").asText();
        String hostile = "<script>alert(1)</script> [klik her](javascript:alert(1)) **fed** ${$root.drawId}";

        String response = bot().send(chat.execute("Anne", "c", "reflection.answer",
                Map.of("verb", "reflection.answer", "drawId", draw, "answer", hostile)));

        JsonNode card = JSON.readTree(response).get("value");
        String shown = card.findValues("text").stream().map(JsonNode::asText)
                .filter(t -> t.contains("alert")).findFirst().orElseThrow();
        assertThat(shown).isEqualTo("<script>alert(1)</script> \\[klik her\\](javascript:alert(1)) \\*\\*fed\\*\\* ${$root.drawId}");
    }

    record Case(String name, String body, String conversationId) {
    }

    private List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        TeamsActivities chat = groupChat();
        String valid = chat.message("Mallory", "kort");

        // 1. Broken JSON: a valid activity cut at 40 places, plus classics.
        for (int i = 1; i <= 40; i++) {
            cases.add(new Case("truncated at " + i * valid.length() / 41, valid.substring(0, i * valid.length() / 41), null));
        }
        for (String broken : List.of("{", "}", "{{}}", "{\"type\":}", "{\"type\":\"message\",}", "[{]", "\u0000",
                "{\"type\":\"message\"\"x\":1}", "nul", "{'type':'message'}", "\uFEFF{}", "{\"a\":1e999999}")) {
            cases.add(new Case("broken " + JSON.valueToTree(broken), broken, null));
        }

        // 2. Every top-level field missing, and every field with each wrong type.
        ObjectNode template = (ObjectNode) read(valid);
        for (Iterator<String> names = template.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            ObjectNode copy = template.deepCopy();
            copy.remove(field);
            cases.add(new Case("missing " + field, copy.toString(), chat.conversationId()));
            for (Object wrong : new Object[] {42, true, List.of(1, 2), Map.of("x", 1), "", "x".repeat(5000)}) {
                ObjectNode typed = template.deepCopy();
                typed.set(field, JSON.valueToTree(wrong));
                cases.add(new Case(field + " as " + kind(wrong), typed.toString(), chat.conversationId()));
            }
        }

        // 3. Huge texts and unicode edge cases as commands and as answers.
        for (String text : List.of("x".repeat(100_000), "kort " + "ø".repeat(20_000), "\u202Ekort\u202C", "k\u200Dort",
                "😀".repeat(1000), "hjælp\u0000", "HJÆLP", "Kort Leg", "kort \uD83D", "spørgsmål " + "?".repeat(5000),
                "svar" + "\u0301".repeat(100), "\t\n kort \n\t", "<at>Kernebot</at><at>Kernebot</at>", "   ",
                "leder <at>Ingen</at>", "kortsæt ../../etc/passwd", "kort ' OR 1=1 --", "temaer; DROP TABLE deck;")) {
            cases.add(new Case("text " + text.substring(0, Math.min(20, text.length())), chat.message("Mallory", text),
                    chat.conversationId()));
        }

        // 4. Card actions with forged, replayed or nonsense ids, aimed at the victim's data.
        List<String> ids = List.of(victimDraw, victimQuestion, "", "' OR '1'='1", "../" .repeat(30), "x".repeat(10_000),
                "00000000-0000-0000-0000-000000000000", "<script>", "\u0000");
        List<String> verbs = List.of("reflection.answer", "reflection.next", "reflection.escalate", "reflection.otherTheme",
                "reflection.after", "question.answer", "question.reject", "question.forward", "question.investigate",
                "question.open", "reflection.chooseDeck", "reflection.draw", "command");
        for (String verb : verbs) {
            for (String id : ids) {
                Map<String, Object> data = Map.of("verb", verb, "drawId", id, "questionId", id, "deckId", id,
                        "theme", id, "command", id, "answer", "kapret", "reason", "kapret", "leader", id);
                cases.add(new Case(verb + " id " + id.substring(0, Math.min(12, id.length())),
                        chat.execute("Mallory", "card-x", verb, data), chat.conversationId()));
            }
            cases.add(new Case(verb + " no data", chat.execute("Mallory", "card-x", verb, Map.of()), chat.conversationId()));
            cases.add(new Case(verb + " via submit", chat.submit("Mallory", "card-x", Map.of("verb", verb, "drawId", victimDraw,
                    "questionId", victimQuestion, "answer", "kapret")), chat.conversationId()));
        }
        TeamsActivities otherTenant = personal().inTenant("tenant-evil");
        cases.add(new Case("other tenant answers the victim's question", otherTenant.execute("Vibeke", "c", "question.answer",
                Map.of("verb", "question.answer", "questionId", victimQuestion, "answer", "kapret")), otherTenant.conversationId()));

        // 5. Invoke values of the wrong shape.
        for (Object value : new Object[] {"x", 1, List.of(), Map.of("action", "x"), Map.of("action", Map.of("verb", 5))}) {
            ObjectNode invoke = (ObjectNode) read(chat.execute("Mallory", "c", "reflection.next", Map.of()));
            invoke.set("value", JSON.valueToTree(value));
            cases.add(new Case("invoke value " + kind(value), invoke.toString(), chat.conversationId()));
        }
        return cases;
    }

    private static String kind(Object value) {
        return value instanceof String s ? (s.isEmpty() ? "empty text" : "long text") : value.getClass().getSimpleName();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
