package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.buttons;
import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.notice;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ending a session early asks once: "Afslut" (typed or on the step card) shows "Vil I afslutte forløbet nu?" with
 * "Ja, afslut nu" and "Fortsæt"; nothing changes until the answer, and the answer counts once.
 */
class EndingEarlyTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAfslutButtonAsksAndFortsaetBringsTheStepBack() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        String id = data(last(chat), "sessionId");

        JsonNode asked = click(chat, "Anne", "session.end", Map.of("sessionId", id, "stepId", "ramme"));
        assertThat(text(asked)).contains("Vil I afslutte forløbet nu?", "I er nået til trin 1 af 6, \"Rammen\"");
        assertThat(buttons(asked)).containsExactly("Ja, afslut nu", "Fortsæt");
        assertThat(status(id)).isEqualTo("ACTIVE");

        JsonNode back = click(chat, "Anne", "session.resume", Map.of("sessionId", id));
        assertThat(text(back)).contains("Trin 1 af 6: Rammen");
        assertThat(status(id)).isEqualTo("ACTIVE");
    }

    @Test
    void jaAfslutNuEndsOnceAndASecondClickChangesNothing() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        String id = data(last(chat), "sessionId");
        bot().send(chat.message("Anne", "afslut"));
        JsonNode asked = last(chat);
        assertThat(text(asked)).contains("Vil I afslutte forløbet nu?");
        assertThat(status(id)).isEqualTo("ACTIVE");

        Map<String, Object> yes = Map.of("sessionId", data(asked, "sessionId"), "confirmed", "yes");
        JsonNode summary = click(chat, "Anne", "session.end", yes);
        assertThat(text(summary)).contains("Forløbet blev afsluttet før tid");
        assertThat(status(id)).isEqualTo("ENDED");

        String again = bot().send(chat.execute("Anne", "card", "session.end", withVerb(yes)));
        assertThat(notice(again)).contains("Det forløb er allerede afsluttet");
        assertThat(jdbc.sql("SELECT count(*) FROM guided_session WHERE conversation_id = :c")
                .param("c", chat.conversationId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void onlyTheFacilitatorIsAskedAndAfslutNuEndsAtOnce() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        String id = data(last(chat), "sessionId");

        bot().send(chat.message("Bo", "afslut"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("ordstyreren, Anne")
                .doesNotContain("Ja, afslut nu");
        bot().send(chat.message("Bo", "afslut nu"));
        assertThat(status(id)).isEqualTo("ACTIVE");

        bot().send(chat.message("Anne", "afslut nu"));
        assertThat(status(id)).isEqualTo("ENDED");
        assertThat(text(last(chat))).contains("Forløbet blev afsluttet før tid");
    }

    @Test
    void inEnglishEndSessionAsksInEnglish() {
        TeamsActivities chat = groupChat().inEnglish();
        bot().send(chat.message("Carla", "start core task"));
        String id = data(last(chat), "sessionId");

        bot().send(chat.message("Carla", "end session"));
        JsonNode asked = last(chat);
        assertThat(text(asked)).contains("Do you want to end the session now?", "step 1 of 6");
        assertThat(buttons(asked)).containsExactly("Yes, end now", "Continue");
        assertThat(status(id)).isEqualTo("ACTIVE");

        bot().send(chat.message("Carla", "end session now"));
        assertThat(status(id)).isEqualTo("ENDED");
    }

    private JsonNode click(TeamsActivities chat, String user, String verb, Map<String, Object> data) {
        return SessionFixtures.click(bot(), chat, user, verb, data);
    }

    private static Map<String, Object> withVerb(Map<String, Object> data) {
        Map<String, Object> all = new java.util.HashMap<>(data);
        all.put("verb", "session.end");
        return all;
    }

    private JsonNode last(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    private String status(String sessionId) {
        return jdbc.sql("SELECT status FROM guided_session WHERE id = :id").param("id", sessionId)
                .query(String.class).single();
    }
}
