package dk.kernebot.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kernebot.outbox.OutboxDispatcher;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An English Teams sees no Danish: the welcome, help, a reflection card and its answers, both sessions walked to
 * their end, questions, the board and the handleplan, every card and message scanned for æ, ø, å and the
 * glossary's list of Danish words that betray a missing translation. Everything the people here write is English
 * (and their names are not Danish words), so whatever Danish is found is Kernebot's own.
 */
class EnglishCardsTest extends BotIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Properties of a card element whose value a reader sees. */
    private static final Set<String> SHOWN = Set.of("text", "title", "label", "placeholder", "altText",
            "fallbackText", "errorMessage", "speak");
    /** Kernebot and the people in this test: names, not words. */
    private static final Set<String> NAMES = Set.of("kernebot", "carla", "dave", "emma", "liam");

    private static Set<String> danishWords;

    @Autowired
    OutboxDispatcher sender;

    /** What Kernebot showed in this test: the messages it posted or updated, and the cards that replaced a clicked one. */
    private final List<String> replacements = new ArrayList<>();
    private final Set<String> conversations = new LinkedHashSet<>();

    @BeforeAll
    static void words() throws IOException {
        danishWords = Glossary.read().danishWords();
    }

    @Test
    void theScanFindsDanish() {
        assertThat(danishIn("{\"type\":\"TextBlock\",\"text\":\"Næste trin\"}")).isNotEmpty();
        assertThat(danishIn("{\"type\":\"TextBlock\",\"text\":\"Skriv til punkt\"}")).contains("skriv", "til", "punkt");
        // A link's address is not read: "[Read more](http://x/privatliv)" is English.
        assertThat(danishIn("{\"type\":\"TextBlock\",\"text\":\"[Read more](http://x/privatliv) at http://x/hjælp\"}"))
                .isEmpty();
        assertThat(danishIn("{\"type\":\"TextBlock\",\"text\":\"Next step, Carla\"}")).isEmpty();
        // What a button sends back is not shown: "kort" in its data is no problem.
        assertThat(danishIn("{\"type\":\"Action.Execute\",\"title\":\"Draw a card\",\"data\":{\"command\":\"kort\"}}"))
                .isEmpty();
    }

    @Test
    void aPersonalChatInEnglishShowsNoDanish() throws Exception {
        TeamsActivities chat = track(personal().inEnglish());
        bot().send(chat.botAdded("Carla"));
        // Not "deck": its list names every deck imported into this Kernebot, other tests' Danish ones too.
        for (String command : List.of("help", "card", "themes", "age group", "privacy", "institution",
                "my questions", "start core task", "hlep")) {
            bot().send(chat.plainMessage("Carla", command));
        }
        JsonNode reflection = lastCard(chat, "drawId");
        click(chat, "Carla", "reflection.answer", Map.of("drawId", value(reflection, "drawId"),
                "answer", "We play outside more often and talk about it afterwards."));
        bot().send(chat.plainMessage("Carla", "answers"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText())
                .contains("We play outside more often and talk about it afterwards.");

        assertNoDanish();
    }

    @Test
    void bothSessionsQuestionsAndTheHandleplanInEnglishShowNoDanish() throws Exception {
        TeamsActivities chat = track(groupChat().inEnglish());
        bot().send(chat.botAdded("Carla"));
        bot().send(chat.messageMentioning(ADMIN_USER, "leader", "Liam"));

        walkTheCoreTask(chat);
        bot().send(chat.message("Carla", "board"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("The board: Our core task",
                "Download PDF (A3)");
        walkTheQualityConversation(chat);

        bot().send(chat.message("Carla", "action plan"));
        bot().send(chat.message("Carla", "goal More songs in the cloakroom"));
        bot().send(chat.message("Carla", "action Buy song books owner me due 2027-03-01"));
        bot().send(chat.message("Carla", "action plan"));
        String plan = connector.lastPostedTo(chat.conversationId()).allText();
        assertThat(plan).contains("Language assessments").doesNotContain("Sprogvurderinger");
        bot().send(chat.message("Carla", "questions"));
        bot().send(chat.message("Carla", "plan path"));
        bot().send(chat.message("Carla", "end session"));
        sender.dispatchDue();
        // The nudge reached Dave in his personal chat, in the language of the chat it came from.
        conversations.add(dk.kernebot.support.FakeConnector.personalChatFor(TeamsActivities.userId("Dave")));

        assertNoDanish();
    }

    @Test
    void anEmptyEnglishHandleplanSaysHowToWriteAGoal() throws Exception {
        TeamsActivities chat = track(groupChat().inEnglish());
        bot().send(chat.message("Carla", "action plan"));

        String card = connector.lastPostedTo(chat.conversationId()).allText();
        assertThat(card).contains("write \"goal\" followed by the goal", "goal More language activities in the cloakroom")
                .doesNotContain("<text>");
        assertNoDanish();
    }

    @Test
    void theCurriculumEvaluationAndTheJointQualityConversationInEnglishShowNoDanish() throws Exception {
        TeamsActivities chat = track(groupChat().inEnglish());
        bot().send(chat.botAdded("Carla"));
        walkTheCurriculumEvaluation(chat);
        bot().send(chat.message("Carla", "action plan"));
        JsonNode plan = lastCard(chat, "url");
        assertThat(plan.toString()).contains("We read aloud in small groups after lunch");
        String markdown = download(plan, ".md");
        assertThat(markdown).contains("# Action plan: Evaluating the pedagogical curriculum, ", "The action plan's path",
                "Evaluation of the pedagogical curriculum: Communication and language",
                "We read aloud in small groups after lunch");
        replacements.add(JSON.writeValueAsString(Map.of("type", "TextBlock", "text", markdown)));

        walkTheJointQualityConversation(chat);
        assertNoDanish();
    }

    private void walkTheCurriculumEvaluation(TeamsActivities chat) throws Exception {
        bot().send(chat.message("Carla", "start curriculum evaluation"));
        String id = value(lastCard(chat, "sessionId"), "sessionId");
        click(chat, "Carla", "session.theme", Map.of("sessionId", id, "stepId", "tema", "theme", "KOMMUNIKATION_OG_SPROG"));
        next(chat, id, "tema");
        contribute(chat, "Dave", id, "formaal", Map.of("text", "Every child talks with an adult every day"));
        next(chat, id, "formaal");
        contribute(chat, "Carla", id, "dokumentation", Map.of("text", "The quiet children rarely speak at lunch"));
        next(chat, id, "dokumentation");
        contribute(chat, "Dave", id, "analyse", Map.of("category", "ANALYSE", "text", "They speak more in small groups"));
        contribute(chat, "Carla", id, "analyse", Map.of("category", "NY_RETNING",
                "text", "We read aloud in small groups after lunch"));
        next(chat, id, "analyse");
        click(chat, "Carla", "session.evaluationText", Map.of("sessionId", id, "stepId", "evalueringstekst",
                "evaluation", "We evaluated communication and language, and we read aloud in small groups after lunch."));
        next(chat, id, "evalueringstekst");
        JsonNode summary = lastCard(chat, "sessionId");
        String row = summary.findValues("id").stream().map(JsonNode::asText).filter(i -> i.startsWith("take-"))
                .findFirst().orElseThrow().substring("take-".length());
        click(chat, "Carla", "session.practicePlan", Map.of("sessionId", id, "take-" + row, "true",
                "owner-" + row, TeamsActivities.userId("Carla"), "due-" + row, "2027-06-01"));
        assertThat(lastReplacement().toString()).contains("1 action from the evaluation");
        click(chat, "Carla", "session.complete", Map.of("sessionId", id, "stepId", "opsamling"));
    }

    private void walkTheJointQualityConversation(TeamsActivities chat) throws Exception {
        bot().send(chat.message("Carla", "start quality conversation 0-18"));
        String id = value(lastCard(chat, "sessionId"), "sessionId");
        contribute(chat, "Carla", id, "ramme", Map.of("role", "SKOLELEDER"));
        contribute(chat, "Dave", id, "ramme", Map.of("role", "DAGTILBUDSLEDER"));
        String previous = "ramme";
        for (String point : List.of("laereplan", "laeringsmiljoe", "sprog", "trivsel", "foraeldre", "overgange",
                "indsatser", "evaluering")) {
            next(chat, id, previous);
            contribute(chat, "Dave", id, point, Map.of("category", "ASSESSMENT", "text", "The data show a blind spot."));
            if (point.equals("indsatser")) {
                contribute(chat, "Carla", id, point, Map.of("category", "GOAL", "text", "Reading buddies across ages",
                        "quality", "PROCES", "capital", "SOCIAL"));
            }
            previous = point;
        }
        next(chat, id, previous);
        assertThat(lastCard(chat, "sessionId").toString()).contains("Reading buddies across ages");
        click(chat, "Carla", "session.complete", Map.of("sessionId", id, "stepId", "handleplan"));
    }

    private String download(JsonNode card, String extension) throws Exception {
        String url = card.findValues("url").stream().map(JsonNode::asText).filter(u -> u.contains(extension))
                .findFirst().orElseThrow();
        java.net.URI address = java.net.URI.create(url);
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + address.getRawPath()
                        + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery()))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private void walkTheCoreTask(TeamsActivities chat) throws Exception {
        bot().send(chat.message("Carla", "start core task"));
        String id = value(lastCard(chat, "sessionId"), "sessionId");
        next(chat, id, "ramme");
        contribute(chat, "Carla", id, "kerneopgave", Map.of("text", "We give every child a safe and playful day."));
        contribute(chat, "Dave", id, "kerneopgave", Map.of("text", "We help children grow through play."));
        click(chat, "Carla", "session.nudge", Map.of("sessionId", id, "stepId", "kerneopgave"));
        JsonNode proposals = lastReplacement();
        String proposal = entryId(proposals);
        click(chat, "Dave", "session.vote", Map.of("sessionId", id, "stepId", "kerneopgave", "entryId", proposal));
        click(chat, "Carla", "session.agree", Map.of("sessionId", id, "stepId", "kerneopgave", "entryId", proposal));
        next(chat, id, "kerneopgave");
        contribute(chat, "Carla", id, "bobler", Map.of("text", "Reading aloud every day", "level", "INSTITUTION",
                "serves", "Gives every child words"));
        contribute(chat, "Dave", id, "bobler", Map.of("text", "Screening of all three-year-olds", "level", "KOMMUNAL",
                "serves", "Finds the children who need help early"));
        next(chat, id, "bobler");
        String bubble = entryId(lastCard(chat, "sessionId"));
        click(chat, "Carla", "session.vote", Map.of("sessionId", id, "stepId", "prioritering", "entryId", bubble));
        click(chat, "Carla", "session.practice", Map.of("sessionId", id, "stepId", "prioritering", "entryId", bubble));
        next(chat, id, "prioritering");
        click(chat, "Dave", "session.question", Map.of("sessionId", id, "stepId", "spoergsmaal",
                "question", "May we close an hour early on Fridays?"));
        JsonNode offer = lastCard(chat, "questionId");
        click(chat, "Carla", "session.question.escalate", Map.of("questionId", value(offer, "questionId")));
        next(chat, id, "spoergsmaal");
        click(chat, "Carla", "session.complete", Map.of("sessionId", id, "stepId", "opsamling"));
    }

    private void walkTheQualityConversation(TeamsActivities chat) throws Exception {
        bot().send(chat.message("Carla", "start quality conversation"));
        String id = value(lastCard(chat, "sessionId"), "sessionId");
        contribute(chat, "Carla", id, "ramme", Map.of("role", "DAGTILBUDSLEDER"));
        contribute(chat, "Dave", id, "ramme", Map.of("role", "DAGTILBUDSCHEF"));
        String previous = "ramme";
        for (String point : List.of("laereplan", "laeringsmiljoe", "sprog", "trivsel", "foraeldre", "overgange",
                "indsatser", "evaluering")) {
            next(chat, id, previous);
            contribute(chat, "Dave", id, point, Map.of("category", "NOTE", "text", "We talked about it at length."));
            if (!point.equals("evaluering")) {
                contribute(chat, "Carla", id, point, Map.of("category", "GOAL", "text", "Every child is seen each day",
                        "quality", "PROCES", "capital", "SOCIAL"));
            }
            previous = point;
        }
        next(chat, id, previous);
        agreeToAll(chat, id);
        next(chat, id, "aftale");
        click(chat, "Carla", "session.complete", Map.of("sessionId", id, "stepId", "handleplan"));
    }

    /** The agreement step: the leader (Carla) and the chef (Dave) agree to every proposal, page by page. */
    private void agreeToAll(TeamsActivities chat, String id) throws Exception {
        JsonNode card = lastCard(chat, "proposalId");
        for (int page = 1; ; page++) {
            Map<String, String> seen = new java.util.LinkedHashMap<>();
            for (JsonNode data : card.findValues("data")) {
                if ("session.decide".equals(data.path("verb").asText()) && "AGREED".equals(data.path("outcome").asText())) {
                    seen.putIfAbsent(data.path("proposalId").asText(), data.path("seen").asText());
                }
            }
            for (String proposal : seen.keySet()) {
                for (String who : List.of("Carla", "Dave")) {
                    String fingerprint = card.findValues("data").stream()
                            .filter(d -> proposal.equals(d.path("proposalId").asText()) && d.has("seen"))
                            .map(d -> d.path("seen").asText()).findFirst().orElseThrow();
                    click(chat, who, "session.decide", Map.of("sessionId", id, "stepId", "aftale", "proposalId", proposal,
                            "seen", fingerprint, "outcome", "AGREED"));
                    card = lastReplacement();
                }
            }
            int next = page + 1;
            boolean more = card.findValues("data").stream().anyMatch(d -> "session.page".equals(d.path("verb").asText())
                    && d.path("page").asInt() == next);
            if (!more) {
                return;
            }
            click(chat, "Carla", "session.page", Map.of("sessionId", id, "stepId", "aftale", "page", next));
            card = lastReplacement();
        }
    }

    private void next(TeamsActivities chat, String sessionId, String stepId) throws Exception {
        click(chat, "Carla", "session.next", Map.of("sessionId", sessionId, "stepId", stepId));
    }

    private void contribute(TeamsActivities chat, String user, String sessionId, String stepId, Map<String, Object> data)
            throws Exception {
        Map<String, Object> all = new HashMap<>(data);
        all.put("sessionId", sessionId);
        all.put("stepId", stepId);
        click(chat, user, "session.contribute", all);
    }

    private void click(TeamsActivities chat, String user, String verb, Map<String, Object> data) throws Exception {
        Map<String, Object> withVerb = new HashMap<>(data);
        withVerb.put("verb", verb);
        JsonNode response = JSON.readTree(bot().send(chat.execute(user, "card", verb, withVerb)));
        if ("application/vnd.microsoft.card.adaptive".equals(response.path("type").asText())) {
            replacements.add(response.get("value").toString());
        } else if (response.path("value").isTextual()) {
            replacements.add(JSON.writeValueAsString(Map.of("type", "TextBlock", "text", response.path("value").asText())));
        }
    }

    private JsonNode lastReplacement() throws Exception {
        return JSON.readTree(replacements.get(replacements.size() - 1));
    }

    private JsonNode lastCard(TeamsActivities chat, String field) {
        List<Sent> posted = connector.postedTo(chat.conversationId());
        for (int i = posted.size() - 1; i >= 0; i--) {
            JsonNode card = posted.get(i).card();
            if (card != null && card.findValue(field) != null) {
                return card;
            }
        }
        throw new AssertionError("no card with " + field + " in " + chat.conversationId());
    }

    private static String value(JsonNode card, String field) {
        return card.findValue(field).asText();
    }

    private static String entryId(JsonNode card) {
        for (JsonNode data : card.findValues("data")) {
            if ("session.vote".equals(data.path("verb").asText()) && data.has("entryId")) {
                return data.get("entryId").asText();
            }
        }
        throw new AssertionError("no entry on " + card);
    }

    private TeamsActivities track(TeamsActivities chat) {
        conversations.add(chat.conversationId());
        return chat;
    }

    /** Every message Kernebot posted or updated in this test's chats, and every card that replaced a clicked one. */
    private void assertNoDanish() {
        List<String> shown = new ArrayList<>(replacements);
        for (String conversation : conversations) {
            connector.sentTo(conversation).stream().filter(sent -> sent.body() != null)
                    .forEach(sent -> shown.add(sent.body().toString()));
        }
        assertThat(shown).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (String message : shown) {
            for (String found : danishIn(message)) {
                problems.add(found + "  in  " + (message.length() > 300 ? message.substring(0, 300) + " …" : message));
            }
        }
        assertThat(problems).as("Danish in what an English Teams was shown").isEmpty();
    }

    private static List<String> danishIn(String json) {
        List<String> texts = new ArrayList<>();
        try {
            shownTexts(JSON.readTree(json), null, texts);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            String read = text.replaceAll("\\]\\([^)]*\\)", "]").replaceAll("https?://\\S+", "");
            for (String word : read.split("[^\\p{L}]+")) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (!NAMES.contains(lower) && (lower.matches(".*[æøå].*") || danishWords.contains(lower))) {
                    found.add(lower);
                }
            }
        }
        return found;
    }

    /** The texts a reader sees: a message's text, and in a card what is shown, not what a button sends back. */
    private static void shownTexts(JsonNode node, String key, List<String> into) {
        if (node.isObject()) {
            boolean fact = "facts".equals(key);
            node.fields().forEachRemaining(field -> {
                String name = field.getKey();
                if (name.equals("data") || name.equals("url") || name.equals("id") || name.equals("verb")) {
                    return;
                }
                JsonNode value = field.getValue();
                if (value.isTextual() && (SHOWN.contains(name) || fact && name.equals("value"))) {
                    into.add(value.asText());
                } else if (name.equals("attachments") || name.equals("content") || value.isContainerNode()) {
                    shownTexts(value, name, into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> shownTexts(child, key, into));
        }
    }
}
