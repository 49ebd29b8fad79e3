package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.entryWith;
import static dk.kernebot.session.SessionFixtures.notice;
import static dk.kernebot.session.SessionFixtures.roster;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Referent mode (issue 18): the group sits around one screen, the referent the ordstyrer named writes down what
 * three people say, and "Har bidraget / Mangler stadig" follows; the person is the author, "(noteret af …)" says
 * who wrote it; someone not in Teams is named by a typed name; a colleague who is neither ordstyrer nor referent
 * cannot note for others, and nothing is saved when they try.
 */
class ReferentModeTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    TeamsActivities chat;
    String sessionId;

    @BeforeEach
    void aGroupAroundOneTable() {
        chat = groupChat();
        roster(connector, chat, "Anne", "Bo", "Carla", "Dorte");
        bot().send(chat.message("Anne", "start kerneopgave"));
        sessionId = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
    }

    @Test
    void theReferentNotesForThreePeopleAndMissingStillFollows() {
        // Only the ordstyrer names the referent.
        bot().send(chat.messageMentioning("Dorte", "referent", "Carla"));
        assertThat(lastText()).contains("Det er ordstyreren, Anne, der vælger referenten");
        bot().send(chat.messageMentioning("Anne", "referent", "Bo"));
        assertThat(lastText()).contains("Bo er nu referent");

        JsonNode proposals = SessionFixtures.next(bot(), connector, chat, "Anne", sessionId, "ramme");
        assertThat(text(proposals)).contains("Referent: Bo.", "Ordstyrer: Anne");
        assertThat(proposals.toString()).contains("Hvem sagde det?", "Mig selv", TeamsActivities.userId("Carla"),
                TeamsActivities.userId("Dorte"));

        JsonNode afterCarla = contribute("Bo", Map.of("text", "Trygge voksne, der er til stede.",
                OnBehalf.PICK, TeamsActivities.userId("Carla")));
        assertThat(text(afterCarla)).contains("Fra Carla (noteret af Bo)", "Har bidraget: Carla",
                "Mangler stadig: Anne, Bo, Dorte");
        JsonNode afterDorte = contribute("Bo", Map.of("text", "Leg hele dagen.", OnBehalf.PICK,
                TeamsActivities.userId("Dorte")));
        assertThat(text(afterDorte)).contains("Har bidraget: Carla, Dorte", "Mangler stadig: Anne, Bo");
        // Grethe from the kitchen is at the table but not in Teams: a typed name.
        JsonNode afterGrethe = contribute("Bo", Map.of("text", "Måltidet er også læring.", OnBehalf.NAME, "  Grethe  "));
        assertThat(text(afterGrethe)).contains("Fra Grethe (noteret af Bo)", "Har bidraget: Carla, Dorte, Grethe",
                "Mangler stadig: Anne, Bo");
        // The ordstyrer may note too; the same typed name is the same person.
        JsonNode again = contribute("Anne", Map.of("text", "Og vi spiser sammen med børnene.", OnBehalf.NAME, "grethe"));
        assertThat(text(again)).contains("Fra Grethe (noteret af Anne)", "Har bidraget: Carla, Dorte, Grethe");
        assertThat(jdbc.sql("SELECT author_name FROM session_entry WHERE session_id = :s AND step_id = 'kerneopgave' "
                        + "ORDER BY seq").param("s", sessionId).query(String.class).list())
                .containsExactly("Carla", "Dorte", "Grethe", "Grethe");

        // Carla is neither ordstyrer nor referent: noting for Anne is refused, and nothing is saved.
        String refused = bot().send(chat.execute("Carla", "card", "session.contribute", Map.of("sessionId", sessionId,
                "stepId", "kerneopgave", "text", "Annes idé", OnBehalf.PICK, TeamsActivities.userId("Anne"))));
        assertThat(notice(refused)).contains("Kun ordstyreren, Anne, og referenten kan notere et bidrag for en anden");
        assertThat(entries()).isEqualTo(4);
        // Her own voice, with "Mig selv" left as it is, is hers.
        JsonNode own = contribute("Carla", Map.of("text", "Børnenes perspektiv først.", OnBehalf.PICK,
                TeamsActivities.userId("Carla")));
        assertThat(text(own)).contains("Fra Carla\n");

        // The referent may put right what she wrote down; Carla may too, it is her entry.
        String noted = entryWith(own, "Trygge voksne");
        Map<String, Object> edit = new HashMap<>(Map.of("sessionId", sessionId, "stepId", "kerneopgave", "entryId", noted));
        edit.put("edit-" + noted, "Trygge voksne, der er nærværende.");
        assertThat(text(SessionFixtures.click(bot(), chat, "Bo", "session.edit", edit)))
                .contains("Trygge voksne, der er nærværende.");

        // On the next step Grethe is one of the people in the room, and the nudge leaves her out (no Teams chat).
        JsonNode bubbles = SessionFixtures.next(bot(), connector, chat, "Anne", sessionId, "kerneopgave");
        assertThat(text(bubbles)).contains("Mangler stadig: Anne, Bo, Carla, Dorte, Grethe");
        bot().send(chat.execute("Anne", "card", "session.nudge", Map.of("sessionId", sessionId, "stepId", "bobler")));
        assertThat(jdbc.sql("SELECT user_name FROM outbox WHERE dedupe_key LIKE :k ORDER BY user_name")
                .param("k", "nudge:" + sessionId + ":bobler:%").query(String.class).list())
                .containsExactly("Anne", "Bo", "Carla", "Dorte");
    }

    @Test
    void aNameThatIsTooLongOrSomeoneUnknownIsAClearMessage() {
        SessionFixtures.next(bot(), connector, chat, "Anne", sessionId, "ramme");
        JsonNode tooLong = contribute("Anne", Map.of("text", "Et bud", OnBehalf.NAME, "G".repeat(81)));
        assertThat(text(tooLong)).contains("Navnet er for langt – højst 80 tegn");
        JsonNode unknown = contribute("Anne", Map.of("text", "Et bud", OnBehalf.PICK, "29:user-nobody"));
        assertThat(text(unknown)).contains("Jeg kan ikke finde den person i forløbet");
        assertThat(entries()).isZero();
    }

    @Test
    void anEnglishTeamsNamesANoteTaker() {
        TeamsActivities english = groupChat().inEnglish();
        roster(connector, english, "Anne", "Bo", "Carla");
        bot().send(english.message("Anne", "start core task"));
        String id = data(connector.lastPostedTo(english.conversationId()).card(), "sessionId");
        bot().send(english.messageMentioning("Anne", "note taker", "Bo"));
        assertThat(connector.lastPostedTo(english.conversationId()).allText()).contains("Bo is now the note taker");
        SessionFixtures.next(bot(), connector, english, "Anne", id, "ramme");
        JsonNode card = SessionFixtures.click(bot(), english, "Bo", "session.contribute", Map.of("sessionId", id,
                "stepId", "kerneopgave", "text", "Safe adults.", OnBehalf.PICK, TeamsActivities.userId("Carla")));
        assertThat(text(card)).contains("From Carla (noted by Bo)", "Note taker: Bo.");
        assertThat(card.toString()).contains("Who said it?", "Myself");
    }

    @Test
    void aBigTeamsPickListIsBoundedAndTheRestAreFoundByName() {
        TeamsActivities big = groupChat();
        String[] people = new String[60];
        for (int i = 0; i < people.length; i++) {
            people[i] = "Kollega%02d".formatted(i);
        }
        roster(connector, big, people);
        bot().send(big.message("Kollega00", "start kerneopgave"));
        String id = data(connector.lastPostedTo(big.conversationId()).card(), "sessionId");
        JsonNode card = SessionFixtures.next(bot(), connector, big, "Kollega00", id, "ramme");
        JsonNode pick = card.findParents("choices").stream()
                .filter(n -> OnBehalf.PICK.equals(n.path("id").asText())).findFirst().orElseThrow();
        assertThat(pick.get("choices").size()).isEqualTo(OnBehalf.MAX_PICK);
        assertThat(card.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(40_000);
        // Kollega55 is not on the list, but her name finds her: her voice counts, not a stranger's of the same name.
        JsonNode noted = SessionFixtures.click(bot(), big, "Kollega00", "session.contribute", Map.of("sessionId", id,
                "stepId", "kerneopgave", "text", "Leg og læring hele dagen.", OnBehalf.NAME, "kollega55"));
        assertThat(text(noted)).contains("Fra Kollega55 (noteret af Kollega00)", "Har bidraget: Kollega55");
        assertThat(jdbc.sql("SELECT author_id FROM session_entry WHERE session_id = :s").param("s", id)
                .query(String.class).single()).isEqualTo(TeamsActivities.userId("Kollega55"));
    }

    private JsonNode contribute(String user, Map<String, Object> fields) {
        Map<String, Object> data = new HashMap<>(fields);
        data.put("sessionId", sessionId);
        data.put("stepId", "kerneopgave");
        return SessionFixtures.click(bot(), chat, user, "session.contribute", data);
    }

    private int entries() {
        return jdbc.sql("SELECT count(*) FROM session_entry WHERE session_id = :s AND status = 'ACTIVE'")
                .param("s", sessionId).query(Integer.class).single();
    }

    private String lastText() {
        return connector.lastPostedTo(chat.conversationId()).allText();
    }
}
