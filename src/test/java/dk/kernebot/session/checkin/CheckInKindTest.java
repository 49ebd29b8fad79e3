package dk.kernebot.session.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kernebot.session.EntryStore;
import dk.kernebot.session.SessionTexts;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A step kind the production code has never heard of (CHECK_IN, {@link CheckInStep}), in a process that exists only
 * here ({@code checkin/processes/indtjek.json}), runs end to end through /api/messages: started by its keywords,
 * its card drawn from its own template, its verb routed to it, a wrong input refused on the card, its lines in the
 * summary, and the session completed. The only wiring is what a deployment would do too: the kind as a bean, the
 * process file at a configured location, the texts in a bundle.
 */
@TestPropertySource(properties = "kernebot.session.processes=classpath*:processes/*.json,classpath*:checkin/processes/*.json")
class CheckInKindTest extends BotIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestConfiguration(proxyBeanMethods = false)
    static class CheckInKind {

        @Bean
        CheckInStep checkInStep(EntryStore entries, SessionTexts texts) {
            return new CheckInStep(entries, texts);
        }

        /** The kind's texts beside the bot's own bundles (a kind shipped in the jar would add them to those). */
        @Bean
        static BeanPostProcessor checkInTexts() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof ResourceBundleMessageSource bundles) {
                        bundles.addBasenames("checkin/messages");
                    }
                    return bean;
                }
            };
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKindOnlyATestKnowsRunsFromStartToSummary() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Tove Indtjek", "start indtjek"));
        JsonNode card = connector.lastPostedTo(chat.conversationId()).card();
        String id = data(card, "sessionId");
        assertThat(text(card)).contains("Indtjek", "Trin 1 af 2: Hvordan kommer vi ind ad døren?",
                "Ingen har tjekket ind endnu.", "Tjek ind");

        JsonNode refused = click(chat, "Kamal Indtjek", Map.of("sessionId", id, "stepId", "indtjek", "mood", "   "));
        assertThat(text(refused)).contains("Skriv én linje på højst 140 tegn");

        click(chat, "Kamal Indtjek", Map.of("sessionId", id, "stepId", "indtjek", "mood", "Lidt træt"));
        click(chat, "Kamal Indtjek", Map.of("sessionId", id, "stepId", "indtjek", "mood", "Frisk efter kaffen"));
        JsonNode both = click(chat, "Tove Indtjek", Map.of("sessionId", id, "stepId", "indtjek",
                "mood", "Glad for at være her"));
        assertThat(text(both)).contains("Kamal Indtjek: Frisk efter kaffen", "Tove Indtjek: Glad for at være her")
                .doesNotContain("Lidt træt", "Ingen har tjekket ind endnu.");

        bot().send(chat.execute("Tove Indtjek", "card", "session.next",
                Map.of("verb", "session.next", "sessionId", id, "stepId", "indtjek")));
        JsonNode summary = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(text(summary)).contains("Trin 2 af 2: Opsamling", "Sådan kom vi ind ad døren",
                "Kamal Indtjek: Frisk efter kaffen");

        bot().send(chat.execute("Tove Indtjek", "card", "session.complete",
                Map.of("verb", "session.complete", "sessionId", id, "stepId", "opsamling")));
        assertThat(jdbc.sql("SELECT status FROM guided_session WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("SELECT count(*) FROM session_entry WHERE session_id = :id AND status = 'ACTIVE'")
                .param("id", id).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theKindSpeaksEnglishInAnEnglishTeams() {
        TeamsActivities chat = groupChat().inEnglish();
        bot().send(chat.message("Ulla Checkin", "start check-in"));
        JsonNode card = connector.lastPostedTo(chat.conversationId()).card();
        String id = data(card, "sessionId");

        JsonNode answered = click(chat, "Ulla Checkin", Map.of("sessionId", id, "stepId", "indtjek",
                "mood", "Ready to go"));

        assertThat(text(answered)).contains("Check-in", "How are we arriving?", "Ulla Checkin: Ready to go",
                "Check in").doesNotContain("Tjek ind", "Indtjek");
    }

    private JsonNode click(TeamsActivities chat, String user, Map<String, Object> data) {
        Map<String, Object> withVerb = new HashMap<>(data);
        withVerb.put("verb", CheckInStep.VERB);
        String response = bot().send(chat.execute(user, "card", CheckInStep.VERB, withVerb));
        try {
            JsonNode body = JSON.readTree(response);
            assertThat(body.path("type").asText()).as(response).isEqualTo("application/vnd.microsoft.card.adaptive");
            return body.get("value");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(response, e);
        }
    }

    private static String data(JsonNode card, String field) {
        JsonNode value = card.findValue(field);
        return value == null ? null : value.asText();
    }

    private static String text(JsonNode card) {
        List<String> all = new ArrayList<>();
        card.findValues("text").forEach(t -> all.add(t.asText()));
        card.findValues("title").forEach(t -> all.add(t.asText()));
        return String.join("\n", all);
    }
}
