package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.buttons;
import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.replacement;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A click on an older step card after the group has moved on changes nothing: the card is drawn again read-only,
 * saying who moved the group on and when, with one button that brings up the step the group is at now.
 */
class StaleStepCardsTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOlderStepCardSaysWhoMovedTheGroupOnAndOffersTheCurrentStep() {
        Instant start = clock.instant();
        try {
            clock.set(Instant.parse("2026-11-24T09:30:00Z"));
            TeamsActivities chat = groupChat();
            bot().send(chat.message("Anne", "start kerneopgave"));
            String id = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
            SessionFixtures.next(bot(), connector, chat, "Anne", id, "ramme");
            SessionFixtures.click(bot(), chat, "Bo", "session.contribute",
                    Map.of("sessionId", id, "stepId", "kerneopgave", "text", "Leg og læring hånd i hånd"));
            SessionFixtures.next(bot(), connector, chat, "Anne", id, "kerneopgave");
            int posted = connector.postedTo(chat.conversationId()).size();

            // Bo's copy of step 2 is still open on his screen: he adds a proposal, and presses "Næste trin".
            for (Map<String, Object> click : java.util.List.<Map<String, Object>>of(
                    Map.of("verb", "session.contribute", "sessionId", id, "stepId", "kerneopgave", "text", "For sent"),
                    Map.of("verb", "session.next", "sessionId", id, "stepId", "kerneopgave"))) {
                JsonNode card = replacement(bot().send(chat.execute("Bo", "card", (String) click.get("verb"), click)));
                assertThat(card).as("the older card is drawn again, not answered with a notice").isNotNull();
                assertThat(text(card)).contains("Trin 2 af 6: Vores kerneopgave", "Leg og læring hånd i hånd",
                        "Anne flyttede gruppen videre til trin 3, \"Bobler på pladen\", den 24. november 2026 kl. 10.30",
                        "Intet blev ændret");
                assertThat(buttons(card)).as("read-only, with one way on").containsExactly("Vis det aktuelle trin");
            }
            assertThat(jdbc.sql("SELECT step_index FROM guided_session WHERE id = :id").param("id", id)
                    .query(Integer.class).single()).isEqualTo(2);
            assertThat(jdbc.sql("SELECT count(*) FROM session_entry WHERE session_id = :id").param("id", id)
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(connector.postedTo(chat.conversationId())).as("nothing new in the chat").hasSize(posted);

            // The one button brings the current step to the bottom of the chat.
            bot().send(chat.execute("Bo", "card", "session.current",
                    Map.of("verb", "session.current", "sessionId", id, "stepId", "kerneopgave")));
            JsonNode current = connector.lastPostedTo(chat.conversationId()).card();
            assertThat(text(current)).contains("Trin 3 af 6");
            assertThat(buttons(current)).doesNotContain("Vis det aktuelle trin");
        } finally {
            clock.set(start);
        }
    }

    @Test
    void inAnEnglishTeamsTheOlderCardSaysSoInEnglish() {
        TeamsActivities chat = groupChat().inEnglish();
        bot().send(chat.message("Anne", "start core task"));
        String id = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        SessionFixtures.next(bot(), connector, chat, "Anne", id, "ramme");
        JsonNode card = replacement(bot().send(chat.execute("Bo", "card", "session.next",
                Map.of("verb", "session.next", "sessionId", id, "stepId", "ramme"))));
        assertThat(text(card)).contains("Anne moved the group on to step 2", "Nothing was changed");
        assertThat(buttons(card)).containsExactly("Show the current step");
    }

    @Test
    void aFinishedSessionsOlderCardSaysWhoEndedItAndOffersNothing() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        String id = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        bot().send(chat.message("Anne", "afslut nu"));
        JsonNode card = replacement(bot().send(chat.execute("Bo", "card", "session.next",
                Map.of("verb", "session.next", "sessionId", id, "stepId", "ramme"))));
        assertThat(text(card)).contains("Anne afsluttede forløbet den", "intet blev ændret");
        assertThat(buttons(card)).isEmpty();
    }

    /**
     * The group went on and came back: the step's first card is an older copy, so its nudge sends nothing, and that
     * copy becomes the step as it stands; the nudge on the step's newest card still reaches the quiet ones.
     */
    @Test
    void aNudgeFromAnOlderCopyOfTheStepSendsNothing() {
        TeamsActivities chat = groupChat();
        SessionFixtures.roster(connector, chat, "Anne", "Bo", "Carla");
        bot().send(chat.message("Anne", "start kerneopgave"));
        String id = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        JsonNode first = SessionFixtures.next(bot(), connector, chat, "Anne", id, "ramme");
        SessionFixtures.next(bot(), connector, chat, "Anne", id, "kerneopgave");
        SessionFixtures.click(bot(), chat, "Anne", "session.back", Map.of("sessionId", id, "stepId", "bobler"));
        JsonNode newest = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(text(newest)).contains("Trin 2 af 6");
        assertThat(nudge(first).get("version")).as("the copies carry different versions")
                .isNotEqualTo(nudge(newest).get("version"));

        JsonNode older = replacement(bot().send(chat.execute("Anne", "card", "session.nudge", nudge(first))));
        assertThat(older).as("the older copy is drawn again, not answered with a notice").isNotNull();
        assertThat(text(older)).contains("ældre udgave af trinnet, så jeg sendte ingen påmindelser", "Trin 2 af 6");
        assertThat(nudges(id)).as("nothing queued for the quiet ones").isZero();
        assertThat(nudge(older)).as("the copy is now the current card").isEqualTo(nudge(newest));

        JsonNode sent = replacement(bot().send(chat.execute("Anne", "card", "session.nudge", nudge(newest))));
        assertThat(text(sent)).contains("en venlig påmindelse i en personlig chat");
        assertThat(nudges(id)).isPositive();
    }

    /** The data of a card's nudge button, as Teams sends it back on a click. */
    private static Map<String, Object> nudge(JsonNode card) {
        for (JsonNode data : card.findValues("data")) {
            if ("session.nudge".equals(data.path("verb").asText())) {
                Map<String, Object> values = new java.util.HashMap<>();
                data.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
                return values;
            }
        }
        throw new AssertionError("no nudge button on " + card);
    }

    private int nudges(String sessionId) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE dedupe_key LIKE :k").param("k", "nudge:" + sessionId + ":%")
                .query(Integer.class).single();
    }
}
