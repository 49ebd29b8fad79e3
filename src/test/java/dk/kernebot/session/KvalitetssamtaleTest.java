package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.buttons;
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

/**
 * Nordfyn's kvalitetssamtale on the same engine as the kerneopgave session: roles, the seven agenda points of the
 * quality report with notes, assessments and tagged goals, the evaluation, and a summary that becomes the
 * handleplan.
 */
class KvalitetssamtaleTest extends BotIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static final List<String> AGENDA = List.of("laereplan", "laeringsmiljoe", "sprog", "trivsel", "foraeldre",
            "overgange", "indsatser");

    @Test
    void aQualityConversationOverTheWholeAgendaEndsInAHandleplan() throws Exception {
        TeamsActivities chat = groupChat();
        roster(connector, chat, "Dorte", "Lars", "Mette");
        bot().send(chat.message("Dorte", "start kvalitetssamtale"));
        JsonNode roles = last(chat);
        assertThat(text(roles)).contains("Kvalitetssamtale", "Trin 1 af 11: Dagsorden og roller",
                "den pædagogiske læreplan", "kommunale indsatsområder");
        String id = data(roles, "sessionId");

        click(chat, "Dorte", Map.of("sessionId", id, "stepId", "ramme", "role", "DAGTILBUDSCHEF"));
        click(chat, "Lars", Map.of("sessionId", id, "stepId", "ramme", "role", "LAERINGSKONSULENT"));
        click(chat, "Lars", Map.of("sessionId", id, "stepId", "ramme", "role", "TEAMLEDER"));
        JsonNode withRoles = click(chat, "Mette", Map.of("sessionId", id, "stepId", "ramme", "role", "DAGTILBUDSLEDER"));
        assertThat(text(withRoles)).contains("Fra Dorte", "Fra Lars", "Fra Mette", "Alle har bidraget.");
        assertThat(SessionFixtures.entryIds(withRoles)).isEmpty();
        assertThat(jdbc.sql("SELECT role FROM session_entry WHERE session_id = :s AND status = 'ACTIVE' ORDER BY role")
                .param("s", id).query(String.class).list())
                .containsExactly("DAGTILBUDSCHEF", "DAGTILBUDSLEDER", "TEAMLEDER");
        JsonNode badRole = click(chat, "Mette", Map.of("sessionId", id, "stepId", "ramme", "role", "KONGE"));
        assertThat(text(badRole)).contains("Vælg en rolle, og tryk igen");

        String previous = "ramme";
        for (String point : AGENDA) {
            JsonNode card = next(chat, "Dorte", id, previous);
            assertThat(buttons(card)).contains("Skriv et bidrag", "Næste trin");
            click(chat, "Mette", Map.of("sessionId", id, "stepId", point, "category", "NOTE", "text", "Note om " + point));
            click(chat, "Lars", Map.of("sessionId", id, "stepId", point, "category", "ASSESSMENT",
                    "text", "Data viser fremgang, men vi mangler børnenes perspektiv på " + point));
            click(chat, "Dorte", Map.of("sessionId", id, "stepId", point, "category", "GOAL",
                    "text", "Mål for " + point, "quality", "PROCES", "capital", "SOCIAL"));
            previous = point;
        }
        JsonNode sprog = click(chat, "Mette", Map.of("sessionId", id, "stepId", "indsatser", "category", "GOAL",
                "text", "Alle medarbejdere kender indsatsområderne", "quality", "STRUKTUR", "capital", "BESLUTNING"));
        assertThat(text(sprog)).contains("Mål: Alle medarbejdere kender indsatsområderne", "strukturkvalitet · beslutningskapital",
                "Vurdering: Data viser fremgang");
        JsonNode noCategory = click(chat, "Mette", Map.of("sessionId", id, "stepId", "indsatser", "category", "ØNSKE", "text", "x"));
        assertThat(text(noCategory)).contains("Vælg, om det er en note");

        JsonNode evaluation = next(chat, "Dorte", id, "indsatser");
        assertThat(text(evaluation)).contains("Hvad fik vi ud af dialogen – hvad arbejder vi videre med?");
        click(chat, "Lars", Map.of("sessionId", id, "stepId", "evaluering", "text", "God dialog om data; vi arbejder videre med sproget"));

        // The goals are agreed, not collected: the chef (Dorte) and the dagtilbudsleder (Mette) agree to all eight.
        JsonNode agreement = next(chat, "Dorte", id, "evaluering");
        assertThat(text(agreement)).contains("Aftale om målene", "Målene aftales af Dorte (Dagtilbudschef) og Mette (Dagtilbudsleder)");
        assertThat(SessionFixtures.proposals(agreement)).hasSize(4);
        SessionFixtures.agreeToAll(bot(), chat, id, "aftale", agreement, "Dorte", "Mette");
        JsonNode summary = next(chat, "Dorte", id, "aftale");
        assertThat(text(summary)).contains("Handleplanen", "Deltagere og roller", "Lars – Teamleder",
                "Den pædagogiske læreplan", "Mål: Mål for laereplan (proceskvalitet · social kapital) – Dorte",
                "Evaluering af kvalitetssamtalen", "God dialog om data")
                .doesNotContain("Vores kerneopgave", "Boblerne");
        click(chat, "Dorte", "session.complete", Map.of("sessionId", id, "stepId", "handleplan"));
        assertThat(lastText(chat)).contains("Handleplanen har fået 8 nye mål");

        // The goals are now the conversation's handleplan, with their agenda point and tags.
        bot().send(chat.message("Mette", "handleplan"));
        String plan = last(chat).toString();
        assertThat(plan).contains("Mål for laereplan", "Sprogvurderinger", "Side 1 af 2 · 8 mål i alt");
        // The plan card shows five goals at a time (issue 19); the last three are on its next page.
        String planId = jdbc.sql("SELECT p.id FROM handleplan p WHERE p.conversation_id = :c")
                .param("c", chat.conversationId()).query(String.class).single();
        String secondPage = click(chat, "Mette", "actionplan.page", Map.of("planId", planId, "page", 2)).toString();
        assertThat(secondPage).contains("Mål for indsatser", "Alle medarbejdere kender indsatsområderne",
                "Kommunale indsatsområder", "Side 2 af 2");
        // Each step card is put together at run time (frame + the kind's part): Microsoft's parser must take them all.
        assertThat(dk.kernebot.cards.OfficialCards.problems(connector.postedTo(chat.conversationId()).stream()
                .map(sent -> sent.card()).filter(java.util.Objects::nonNull).map(Object::toString).toList())).isEmpty();
    }

    @Test
    void startAloneSaysWhichConversationsThereAre() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Dorte", "start"));
        assertThat(lastText(chat)).contains("\"start kerneopgave\"", "\"start kvalitetssamtale\"");
        bot().send(chat.message("Dorte", "START Quality Conversation"));
        assertThat(text(last(chat))).contains("Trin 1 af 11: Dagsorden og roller");
    }

    private JsonNode click(TeamsActivities chat, String user, Map<String, Object> data) {
        return click(chat, user, "session.contribute", data);
    }

    private JsonNode click(TeamsActivities chat, String user, String verb, Map<String, Object> data) {
        return SessionFixtures.click(bot(), chat, user, verb, data);
    }

    private JsonNode next(TeamsActivities chat, String user, String sessionId, String stepId) {
        return SessionFixtures.next(bot(), connector, chat, user, sessionId, stepId);
    }

    private JsonNode last(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    private String lastText(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId()).allText();
    }
}
