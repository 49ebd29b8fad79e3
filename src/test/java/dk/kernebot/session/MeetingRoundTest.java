package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.buttons;
import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.notice;
import static dk.kernebot.session.SessionFixtures.roster;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.cards.OfficialCards;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a meeting chat the group is in the room (issue 18): the step card offers no private nudge to the quiet ones
 * but suggests a round, "Runde: alle siger én ting", which the ordstyrer (or the referent) ticks off person by
 * person. A colleague cannot tick, a stale card changes nothing, and an ordinary group chat keeps its nudge.
 */
class MeetingRoundTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    TeamsActivities meeting;

    @Test
    void inAMeetingChatTheCardSuggestsARoundThatTheOrdstyrerTicksOff() throws Exception {
        meeting = meetingChat();
        roster(connector, meeting, "Anne", "Bo", "Carla");
        bot().send(meeting.message("Anne", "start kerneopgave"));
        String id = data(connector.lastPostedTo(meeting.conversationId()).card(), "sessionId");
        List<String> cards = new ArrayList<>();

        JsonNode proposals = SessionFixtures.next(bot(), connector, meeting, "Anne", id, "ramme");
        cards.add(proposals.toString());
        assertThat(buttons(proposals)).contains("Runde: alle siger én ting");
        assertThat(verbs(proposals)).contains(RoundActions.START).doesNotContain("session.nudge");
        assertThat(text(proposals)).contains("I sidder sammen i mødet, så jeg sender ingen påmindelser",
                "Mangler stadig: Anne, Bo, Carla");
        assertThat(proposals.path("actions").size()).isLessThanOrEqualTo(4);

        // Only the ordstyrer (or the referent) keeps track of the round.
        String refused = bot().send(meeting.execute("Bo", "card", RoundActions.START, Map.of("verb", RoundActions.START,
                "sessionId", id, "stepId", "kerneopgave")));
        assertThat(notice(refused)).contains("Det er ordstyreren, Anne, eller referenten, der holder styr på runden");

        JsonNode started = round("Anne", RoundActions.START, id, null);
        cards.add(started.toString());
        assertThat(text(started)).contains("Runde: alle siger én ting", "Ingen har sagt sit endnu.", "Anne", "Bo",
                "Carla", "venter").doesNotContain("I sidder sammen i mødet");
        assertThat(buttons(started)).contains("Ny runde", "Har sagt sit: Bo");

        JsonNode oneDone = round("Anne", RoundActions.TICK, id, "Bo");
        assertThat(text(oneDone)).contains("1 af 3 har sagt sit.", "✓ har sagt sit");
        round("Anne", RoundActions.TICK, id, "Carla");
        // The referent may tick too.
        bot().send(meeting.messageMentioning("Anne", "referent", "Bo"));
        JsonNode allDone = round("Bo", RoundActions.TICK, id, "Anne");
        cards.add(allDone.toString());
        assertThat(text(allDone)).contains("Alle har sagt sit i runden.");
        // A second tap takes the tick back.
        assertThat(text(round("Anne", RoundActions.TICK, id, "Carla"))).contains("2 af 3 har sagt sit.");
        // Someone who is not in the session: a clear line on the card, nothing changed.
        JsonNode unknown = SessionFixtures.click(bot(), meeting, "Anne", RoundActions.TICK,
                Map.of("sessionId", id, "stepId", "kerneopgave", "userId", "29:user-nobody"));
        assertThat(text(unknown)).contains("Den person er ikke med i forløbet", "2 af 3 har sagt sit.");
        assertThat(turns(id, "kerneopgave")).isEqualTo(2);

        // A new round starts from nobody; the next step has its own round.
        assertThat(text(round("Anne", RoundActions.START, id, null))).contains("Ingen har sagt sit endnu.");
        JsonNode bubbles = SessionFixtures.next(bot(), connector, meeting, "Anne", id, "kerneopgave");
        assertThat(text(bubbles)).contains("I sidder sammen i mødet");
        // An older card's tick (the step is over) changes nothing.
        String stale = bot().send(meeting.execute("Anne", "card", RoundActions.TICK, Map.of("verb", RoundActions.TICK,
                "sessionId", id, "stepId", "kerneopgave", "userId", TeamsActivities.userId("Bo"))));
        // (It is drawn again read-only, saying who moved the group on: issue 13's stale step card.)
        assertThat(text(SessionFixtures.replacement(stale))).contains("Anne flyttede gruppen videre", "Intet blev ændret");
        assertThat(turns(id, "kerneopgave")).isZero();
        // No private nudges went out from the meeting.
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE dedupe_key LIKE :k").param("k", "nudge:" + id + "%")
                .query(Integer.class).single()).isZero();
        assertThat(OfficialCards.problems(cards)).isEmpty();
    }

    @Test
    void anOrdinaryGroupChatKeepsItsNudgeAndHasNoRound() {
        TeamsActivities chat = groupChat();
        roster(connector, chat, "Anne", "Bo");
        bot().send(chat.message("Anne", "start kerneopgave"));
        String id = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        JsonNode proposals = SessionFixtures.next(bot(), connector, chat, "Anne", id, "ramme");
        assertThat(verbs(proposals)).contains("session.nudge").doesNotContain(RoundActions.START);
        assertThat(buttons(proposals)).doesNotContain("Runde: alle siger én ting");
    }

    @Test
    void anEnglishMeetingGetsTheRoundInEnglish() {
        meeting = meetingChat().inEnglish();
        roster(connector, meeting, "Anne", "Bo");
        bot().send(meeting.message("Anne", "start core task"));
        String id = data(connector.lastPostedTo(meeting.conversationId()).card(), "sessionId");
        SessionFixtures.next(bot(), connector, meeting, "Anne", id, "ramme");
        SessionFixtures.click(bot(), meeting, "Anne", RoundActions.START, Map.of("sessionId", id, "stepId", "kerneopgave"));
        JsonNode ticked = SessionFixtures.click(bot(), meeting, "Anne", RoundActions.TICK, Map.of("sessionId", id,
                "stepId", "kerneopgave", "userId", TeamsActivities.userId("Bo")));
        assertThat(text(ticked)).contains("Round: everyone says one thing", "1 of 2 has had their say.");
        assertThat(buttons(ticked)).contains("New round");
    }

    private JsonNode round(String user, String verb, String sessionId, String person) {
        Map<String, Object> data = person == null ? Map.of("sessionId", sessionId, "stepId", "kerneopgave")
                : Map.of("sessionId", sessionId, "stepId", "kerneopgave", "userId", TeamsActivities.userId(person));
        return SessionFixtures.click(bot(), meeting, user, verb, data);
    }

    private static List<String> verbs(JsonNode card) {
        return card.findValues("verb").stream().map(JsonNode::asText).toList();
    }

    private int turns(String sessionId, String stepId) {
        return jdbc.sql("SELECT count(*) FROM session_round_turn WHERE session_id = :s AND step_id = :step")
                .param("s", sessionId).param("step", stepId).query(Integer.class).single();
    }
}
