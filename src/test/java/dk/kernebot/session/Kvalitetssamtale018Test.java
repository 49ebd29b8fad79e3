package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.roster;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seed's next step: the district's dagtilbud and skole hold the kvalitetssamtale together, "fælles fokus på
 * distriktets børn 0-18 års perspektiv". It is a process file of its own (processes/kvalitetssamtale-0-18.json),
 * so it runs on the engine without code of its own.
 */
class Kvalitetssamtale018Test extends BotIntegrationTest {

    static final List<String> AGENDA = List.of("laereplan", "laeringsmiljoe", "sprog", "trivsel", "foraeldre",
            "overgange", "indsatser");

    @Autowired
    JdbcClient jdbc;

    @Test
    void theJointDistrictConversationRunsToAHandleplan() {
        TeamsActivities chat = groupChat();
        roster(connector, chat, "Signe Distrikt", "Kaj Skoleleder", "Ulla Dagtilbud");
        bot().send(chat.message("Signe Distrikt", "start kvalitetssamtale 0-18"));
        JsonNode roles = last(chat);
        assertThat(text(roles)).contains("Kvalitetssamtale 0-18 år", "Trin 1 af 10: Dagsorden og roller",
                "distriktets børn i et 0-18 års perspektiv", "Skoleleder", "Skole- og dagtilbudschef");
        String id = data(roles, "sessionId");
        assertThat(jdbc.sql("SELECT process_id FROM guided_session WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("kvalitetssamtale-0-18");

        click(chat, "Signe Distrikt", Map.of("sessionId", id, "stepId", "ramme", "role", "DAGTILBUDSCHEF"));
        click(chat, "Kaj Skoleleder", Map.of("sessionId", id, "stepId", "ramme", "role", "SKOLELEDER"));
        JsonNode withRoles = click(chat, "Ulla Dagtilbud", Map.of("sessionId", id, "stepId", "ramme",
                "role", "DAGTILBUDSLEDER"));
        assertThat(text(withRoles)).contains("Alle har bidraget.");

        String previous = "ramme";
        for (String point : AGENDA) {
            JsonNode card = next(chat, "Signe Distrikt", id, previous);
            assertThat(card).isNotNull();
            previous = point;
        }
        // The last agenda point is the district's, and a goal proposed there is for dagtilbud and skole together.
        assertThat(text(last(chat))).contains("Kommunale indsatsområder i distriktet");
        click(chat, "Kaj Skoleleder", Map.of("sessionId", id, "stepId", "indsatser", "category", "GOAL",
                "text", "Fælles sprogindsats fra vuggestue til 3. klasse", "quality", "PROCES", "capital", "SOCIAL"));
        click(chat, "Ulla Dagtilbud", Map.of("sessionId", id, "stepId", "indsatser", "category", "NOTE",
                "text", "Overleveringen til skolen kan blive bedre"));

        JsonNode evaluation = next(chat, "Signe Distrikt", id, "indsatser");
        assertThat(text(evaluation)).contains("hvad arbejder vi videre med, dagtilbud og skole sammen?");
        click(chat, "Kaj Skoleleder", Map.of("sessionId", id, "stepId", "evaluering",
                "text", "Vi fik en fælles retning for sproget"));

        JsonNode summary = next(chat, "Signe Distrikt", id, "evaluering");
        assertThat(text(summary)).contains("Kaj Skoleleder – Skoleleder",
                "Mål: Fælles sprogindsats fra vuggestue til 3. klasse");
        SessionFixtures.click(bot(), chat, "Signe Distrikt", "session.complete",
                Map.of("sessionId", id, "stepId", "handleplan"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("Handleplanen har fået ét nyt mål");

        assertThat(jdbc.sql("SELECT g.text FROM plan_goal g JOIN handleplan p ON p.id = g.plan_id "
                        + "WHERE p.conversation_id = :c").param("c", chat.conversationId()).query(String.class).list())
                .containsExactly("Fælles sprogindsats fra vuggestue til 3. klasse");
    }

    @Test
    void theHelpCardAndTheEnglishTwinKnowIt() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Hjalte Hjælp", "hjælp"));
        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("start kvalitetssamtale 0-18",
                "distriktets dagtilbud og skole");

        TeamsActivities english = groupChat().inEnglish();
        bot().send(english.message("Harriet Help", "START Quality Conversation 0-18"));
        assertThat(text(last(english))).contains("Quality conversation 0-18 years", "Head teacher");
    }

    private JsonNode click(TeamsActivities chat, String user, Map<String, Object> data) {
        return SessionFixtures.click(bot(), chat, user, "session.contribute", data);
    }

    private JsonNode next(TeamsActivities chat, String user, String sessionId, String stepId) {
        return SessionFixtures.next(bot(), connector, chat, user, sessionId, stepId);
    }

    private JsonNode last(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId()).card();
    }
}
