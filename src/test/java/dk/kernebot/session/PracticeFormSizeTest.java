package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.entryWith;
import static dk.kernebot.session.SessionFixtures.replacement;
import static dk.kernebot.session.SessionFixtures.roster;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The summary's form from the board to the handleplan in a big staff group: 60 people in the chat, with Teams ids as
 * long as real ones, and every row of the form asking for an owner. The card must stay under the about 28 KB Teams
 * shows without trouble, and the last person in the list must still be one an action can be given to.
 */
class PracticeFormSizeTest extends BotIntegrationTest {

    static final int TEAMS_CARD_BYTES = 28 * 1024;
    static final String LAST = "Åse Østergaard";
    static final List<String> FIRST = List.of("Anne-Mette", "Birgitte", "Christian", "Dorthe", "Henrik", "Jette",
            "Karina", "Lars Peter", "Mette", "Rasmus");
    static final List<String> SUR = List.of("Kristensen", "Mikkelsen Holm", "Sørensen", "Frederiksen", "Vestergaard",
            "Christiansen");

    @Autowired
    JdbcClient jdbc;

    TeamsActivities chat;
    Map<String, String> ids = new LinkedHashMap<>();

    @BeforeEach
    void bigGroup() throws Exception {
        chat = groupChat();
        ids.put("Anne", TeamsActivities.userId("Anne"));
        for (String first : FIRST) {
            for (String sur : SUR) {
                if (ids.size() < 59) {
                    ids.put(first + " " + sur, teamsId(first + " " + sur));
                }
            }
        }
        ids.put(LAST, teamsId(LAST));
        assertThat(ids).hasSize(60);
        roster(connector, chat, ids);
    }

    /** See PracticeToPlanTest: no reminders of these actions are left for a later test that moves the clock. */
    @AfterEach
    void closeTheActions() {
        List<String> actions = jdbc.sql("SELECT a.id FROM plan_action a JOIN handleplan h ON h.id = a.plan_id "
                + "WHERE h.conversation_id = :c").param("c", chat.conversationId()).query(String.class).list();
        for (String id : actions) {
            jdbc.sql("UPDATE plan_action SET status = 'FAERDIG' WHERE id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM outbox WHERE dedupe_key LIKE :k AND status <> 'SENT'").param("k", "followup:" + id + "%")
                    .update();
        }
    }

    @Test
    void theFormFitsWithSixtyPeopleAndTheSixtiethCanOwnAnAction() throws Exception {
        String sessionId = sessionAtSummary(6);
        JsonNode summary = connector.lastPostedTo(chat.conversationId()).card();
        int bytes = summary.toString().getBytes(StandardCharsets.UTF_8).length;
        List<String> rows = inputIds(summary, "take-");
        assertThat(rows).as("a full form").isNotEmpty();
        assertThat(text(summary)).as("the bobler that do not fit now wait").contains("venter");
        assertThat(summary.toString()).as("every one of the 60 can be chosen").contains(LAST, "Anne-Mette Kristensen")
                .doesNotContain(ids.get(LAST));
        assertThat(bytes).as("the summary card with its form, %d rows, 60 people", rows.size())
                .isLessThanOrEqualTo(TEAMS_CARD_BYTES);

        String boble = rows.get(0).substring("take-".length());
        Map<String, Object> form = new HashMap<>(Map.of("sessionId", sessionId, "verb", "session.practicePlan"));
        form.put("take-" + boble, "true");
        form.put("owner-" + boble, choiceFor(summary, "owner-" + boble, LAST));
        form.put("due-" + boble, LocalDate.now(clock).plusDays(30).toString());
        JsonNode planned = replacement(bot().send(chat.execute("Anne", "card", "session.practicePlan", form)));
        assertThat(text(planned)).contains("1 handling fra pladen er lagt i handleplanen", "ansvarlig: " + LAST);
        assertThat(jdbc.sql("SELECT a.owner_id FROM plan_action a JOIN handleplan h ON h.id = a.plan_id "
                + "WHERE h.conversation_id = :c").param("c", chat.conversationId()).query(String.class).list())
                .containsExactly(ids.get(LAST));
        assertThat(planned.toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(TEAMS_CARD_BYTES);
    }

    @Test
    void anOwnerNotInTheChatIsRefusedAndNothingIsSaved() {
        String sessionId = sessionAtSummary(1);
        JsonNode summary = connector.lastPostedTo(chat.conversationId()).card();
        String boble = inputIds(summary, "take-").get(0).substring("take-".length());
        Map<String, Object> form = new HashMap<>(Map.of("sessionId", sessionId, "verb", "session.practicePlan"));
        form.put("take-" + boble, "true");
        form.put("owner-" + boble, "zz");
        form.put("due-" + boble, LocalDate.now(clock).plusDays(30).toString());
        JsonNode refused = replacement(bot().send(chat.execute("Anne", "card", "session.practicePlan", form)));
        assertThat(text(refused)).contains("Vælg en ansvarlig", "Intet er gemt");
        assertThat(jdbc.sql("SELECT count(*) FROM plan_action a JOIN handleplan h ON h.id = a.plan_id "
                + "WHERE h.conversation_id = :c").param("c", chat.conversationId()).query(Integer.class).single())
                .isZero();
    }

    /** Anne leads a kerneopgave session whose {@code inPractice} bobler are all done in practice. */
    private String sessionAtSummary(int inPractice) {
        bot().send(chat.message("Anne", "start kerneopgave"));
        String sessionId = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        next(sessionId, "ramme");
        JsonNode proposals = click("session.contribute", Map.of("sessionId", sessionId, "stepId", "kerneopgave",
                "text", "Vi skaber trygge rammer, hvor alle børn leger og lærer."));
        click("session.agree", Map.of("sessionId", sessionId, "stepId", "kerneopgave",
                "entryId", entryWith(proposals, "trygge rammer")));
        next(sessionId, "kerneopgave");
        List<String> bobler = new ArrayList<>();
        for (int i = 1; i <= inPractice; i++) {
            String boble = "Boble nummer " + i + " om legepladsen som læringsmiljø hele dagen";
            bobler.add(boble);
            click("session.contribute", Map.of("sessionId", sessionId, "stepId", "bobler", "text", boble,
                    "level", "INSTITUTION", "serves", ""));
        }
        JsonNode priority = next(sessionId, "bobler");
        for (String boble : bobler) {
            click("session.practice", Map.of("sessionId", sessionId, "stepId", "prioritering",
                    "entryId", entryWith(priority, boble)));
        }
        next(sessionId, "prioritering");
        next(sessionId, "spoergsmaal");
        return sessionId;
    }

    private JsonNode click(String verb, Map<String, Object> data) {
        Map<String, Object> withVerb = new HashMap<>(data);
        withVerb.put("verb", verb);
        String response = bot().send(chat.execute("Anne", "card", verb, withVerb));
        JsonNode card = replacement(response);
        assertThat(card).as("%s answered %s", verb, response).isNotNull();
        return card;
    }

    private JsonNode next(String sessionId, String stepId) {
        click("session.next", Map.of("sessionId", sessionId, "stepId", stepId));
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    /** The value the owner list of row {@code inputId} sends for {@code name}, as Teams would send it. */
    private static String choiceFor(JsonNode card, String inputId, String name) {
        for (JsonNode set : card.findParents("choices")) {
            if (inputId.equals(set.path("id").asText())) {
                for (JsonNode choice : set.path("choices")) {
                    if (name.equals(choice.path("title").asText())) {
                        return choice.path("value").asText();
                    }
                }
            }
        }
        throw new AssertionError(name + " is not a choice of " + inputId + " in " + card);
    }

    private static List<String> inputIds(JsonNode card, String prefix) {
        List<String> found = new ArrayList<>();
        card.findValues("id").forEach(id -> {
            if (id.asText().startsWith(prefix)) {
                found.add(id.asText());
            }
        });
        return found;
    }

    /** A Teams user id of the real length (about 90 characters), the same for the same name. */
    private static String teamsId(String name) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-512").digest(name.getBytes(StandardCharsets.UTF_8));
        return "29:1" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 84);
    }
}
