package dk.kernebot.meeting;

import static dk.kernebot.session.SessionTestAccess.roster;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kernebot.actionplan.PlanSeeds;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import dk.kernebot.outbox.OutboxDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Meeting start and end events, shaped as Teams sends them (Microsoft's "meeting start and end events" payload:
 * an event activity named application/vnd.microsoft.meetingStart/End, channelData.meeting.id, and a value with
 * Id, Title, MeetingType, JoinUrl and StartTime/EndTime), through the real endpoint.
 */
class MeetingEventsTest extends BotIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxDispatcher sender;

    @Test
    void aMeetingWithNothingToShowGetsNoCard() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "hjælp"));
        int before = connector.postedTo(chat.conversationId()).size();

        bot().send(event(chat, "meetingStart", "MCMxOTptZWV0aW5n-" + UUID.randomUUID(), "2026-11-23T09:00:00Z"));

        assertThat(connector.postedTo(chat.conversationId())).hasSize(before);
    }

    @Test
    void theMeetingEndPausesTheSessionAndTheNextStartPicksItUp() {
        TeamsActivities chat = groupChat();
        String meeting = "MCMxOTptZWV0aW5n-" + UUID.randomUUID();
        roster(connector, chat, "Anne", "Bo", "Carla");
        bot().send(chat.messageMentioning("Adam", "leder", "Lene"));
        bot().send(chat.message("Anne", "start kerneopgave"));
        String session = jdbc.sql("SELECT id FROM guided_session WHERE conversation_id = :c")
                .param("c", chat.conversationId()).query(String.class).single();
        bot().send(chat.execute("Anne", "c", "session.next", Map.of("verb", "session.next", "sessionId", session, "stepId", "ramme")));
        bot().send(chat.execute("Anne", "c", "session.contribute", Map.of("verb", "session.contribute",
                "sessionId", session, "stepId", "kerneopgave", "text", "Vi leger og lærer sammen.")));
        bot().send(chat.message("Bo", "spørgsmål Hvem betaler for udflugterne?"));
        String offered = jdbc.sql("SELECT id FROM session_question WHERE session_id = :s").param("s", session)
                .query(String.class).single();

        // The meeting ends: the session pauses, the summary so far is posted, the open question goes to the leader.
        int before = connector.postedTo(chat.conversationId()).size();
        bot().send(event(chat, "meetingEnd", meeting, "2026-11-23T10:00:00Z"));
        assertThat(status(session)).isEqualTo("PAUSED");
        List<Sent> posted = connector.postedTo(chat.conversationId());
        assertThat(posted.subList(before, posted.size()).stream().map(Sent::allText).toList())
                .anySatisfy(t -> assertThat(t).contains("sat jeres forløb på pause"))
                .anySatisfy(t -> assertThat(t).contains("Opsamling", "Hvem betaler for udflugterne?"));
        assertThat(jdbc.sql("SELECT status FROM session_question WHERE id = :id").param("id", offered)
                .query(String.class).single()).isEqualTo("ESCALATED");
        String questionId = jdbc.sql("SELECT id FROM question WHERE conversation_id = :c").param("c", chat.conversationId())
                .query(String.class).single();

        // The same end again (Teams retries with a new activity id): nothing more.
        int afterEnd = connector.postedTo(chat.conversationId()).size();
        bot().send(event(chat, "meetingEnd", meeting, "2026-11-23T10:00:00Z"));
        assertThat(connector.postedTo(chat.conversationId())).hasSize(afterEnd);

        // The leader answers between meetings.
        sender.dispatchDue();
        bot().send(personal().execute("Lene", "c", "question.answer",
                Map.of("verb", "question.answer", "questionId", questionId, "answer", "Forældrerådet betaler.")));
        clock.advance(Duration.ofDays(7));
        try {
            bot().send(event(chat, "meetingStart", meeting, "2026-11-30T09:00:00Z"));
            String text = last(chat).card().toString();
            assertThat(text).contains("Mødet er begyndt: Personalemøde", "Vores kerneopgave",
                    "I holdt pause ved", "Fortsæt hvor I slap", "Hvem betaler for udflugterne?",
                    "Lene svarer: Forældrerådet betaler.");

            // The meeting's roster is the "all voices" list: Bo and Carla have not proposed anything.
            bot().send(chat.message("Anne", "fortsæt"));
            assertThat(last(chat).allText()).contains("Mangler stadig: Bo, Carla");

            // The start card again for the same occurrence: a duplicate, so nothing.
            int count = connector.postedTo(chat.conversationId()).size();
            bot().send(event(chat, "meetingStart", meeting, "2026-11-30T09:00:00Z"));
            assertThat(connector.postedTo(chat.conversationId())).hasSize(count);
        } finally {
            clock.advance(Duration.ofDays(-7));
        }
    }

    @Test
    void theStartCardListsHandleplanFollowUpsDueSoonAndOverdue() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "mål Alle børn møder sprog hver dag"));
        bot().send(chat.messageMentioning("Anne", "handling Sprogkufferter på stuerne ansvarlig frist 25/11-2026", "Bo"));
        bot().send(chat.messageMentioning("Anne", "handling Forældremøde om sprog ansvarlig frist 1/3-2027", "Carla"));
        clock.advance(Duration.ofDays(3));
        try {
            bot().send(event(chat, "meetingStart", "m-" + UUID.randomUUID(), "2026-11-26T09:00:00Z"));
            String card = last(chat).card().toString();
            assertThat(card).contains("Opfølgning på handleplanen", "Sprogkufferter på stuerne (Bo) – frist 25. november 2026, overskredet",
                    "Se handleplanen").doesNotContain("Forældremøde om sprog");
        } finally {
            clock.advance(Duration.ofDays(-3));
        }
    }

    @Test
    void theStartCardShowsTheFirstFiveFollowUpsOverdueFirstAndCountsTheRest() {
        // Yrsa owns nothing else in the suite: her many reminders queue in a personal chat no other test reads.
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "mål Alle børn møder sprog hver dag"));
        String longer = " – " + "vi aftaler på stuemødet, hvem der tager hvad, og skriver det på tavlen ".repeat(3).strip();
        int[] days = {27, 24, 28, 25, 29, 24, 30, 25, 27, 28, 29, 30};
        for (int i = 0; i < days.length; i++) {
            clock.advance(Duration.ofMinutes(1));
            bot().send(chat.messageMentioning("Anne", String.format("handling Opgave %02d%s ansvarlig frist %d/11-2026",
                    i + 1, longer, days[i]), "Yrsa"));
        }
        bot().send(chat.messageMentioning("Anne", "handling Forældremøde om sprog ansvarlig frist 1/3-2027", "Yrsa"));
        clock.advance(Duration.ofDays(3));
        try {
            bot().send(event(chat, "meetingStart", "m-" + UUID.randomUUID(), "2026-11-26T09:00:00Z"));

            Sent posted = last(chat);
            assertThat(posted.body().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThan(40_000);
            List<String> lines = new java.util.ArrayList<>();
            posted.card().findValues("text").forEach(t -> {
                if (t.asText().startsWith("• Opgave")) {
                    lines.add(t.asText());
                }
            });
            // The four overdue ones (24 and 25 November) first, then the first one due soon.
            assertThat(lines).hasSize(5);
            assertThat(lines.subList(0, 4)).allSatisfy(line -> assertThat(line).endsWith("overskredet"));
            assertThat(lines.get(0)).startsWith("• Opgave 02").contains("24. november 2026");
            assertThat(lines.get(4)).startsWith("• Opgave 01").contains("27. november 2026");
            assertThat(posted.allText()).contains("… og 7 handlinger mere. Se dem alle i handleplanen.")
                    .doesNotContain("Forældremøde om sprog");
        } finally {
            clock.advance(Duration.ofDays(-3));
            // The suite shares one database: these actions must not wait for reminders in other tests' rounds.
            jdbc.sql("UPDATE plan_action SET status = 'OPGIVET' WHERE plan_id IN "
                    + "(SELECT id FROM handleplan WHERE conversation_id = :c)").param("c", chat.conversationId()).update();
            PlanSeeds.recount(jdbc, chat.conversationId());
        }
    }

    @Test
    void moedeFraSilencesTheStartCardAndMoedeTilBringsItBack() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        bot().send(chat.message("Anne", "pause"));

        bot().send(chat.message("Anne", "møde fra"));
        assertThat(last(chat).allText()).contains("slået fra");
        int before = connector.postedTo(chat.conversationId()).size();
        bot().send(event(chat, "meetingStart", "m-" + UUID.randomUUID(), "2026-11-23T09:00:00Z"));
        assertThat(connector.postedTo(chat.conversationId())).hasSize(before);

        bot().send(chat.message("Anne", "MØDE TIL"));
        bot().send(event(chat, "meetingStart", "m-" + UUID.randomUUID(), "2026-11-23T09:30:00Z"));
        assertThat(last(chat).allText()).contains("Fortsæt hvor I slap");
    }

    @Test
    void eventsForMeetingsTheBotKnowsNothingAboutAreQuiet() {
        TeamsActivities chat = groupChat();
        assertThat(bot().post(event(chat, "meetingEnd", "m-" + UUID.randomUUID(), "2026-11-23T10:00:00Z"))
                .statusCode()).isIn(200, 202);
        assertThat(bot().post(event(chat, "meetingStart", "", "not a time")).statusCode()).isIn(200, 202);
        Map<String, Object> odd = new LinkedHashMap<>(read(event(chat, "meetingStart", "m-1", "2026-11-23T10:00:00Z")));
        odd.put("value", "not an object");
        odd.put("channelData", Map.of("meeting", 42));
        assertThat(bot().post(write(odd)).statusCode()).isIn(200, 202);
        odd.put("name", "application/vnd.microsoft.readReceipt");
        assertThat(bot().post(write(odd)).statusCode()).isIn(200, 202);
        assertThat(connector.postedTo(chat.conversationId())).isEmpty();
    }

    /** A meeting event as Teams sends it into a meeting chat. */
    private static String event(TeamsActivities chat, String which, String meetingId, String time) {
        Map<String, Object> activity = read(chat.message("Anne", "x"));
        activity.remove("text");
        activity.remove("entities");
        activity.put("type", "event");
        activity.put("name", "application/vnd.microsoft." + which);
        Map<String, Object> channelData = new LinkedHashMap<>(castMap(activity.get("channelData")));
        channelData.put("meeting", Map.of("id", meetingId));
        channelData.put("source", null);
        activity.put("channelData", channelData);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("MeetingType", "Scheduled");
        value.put("Title", "Personalemøde");
        value.put("Id", meetingId);
        value.put("JoinUrl", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0");
        value.put(which.equals("meetingStart") ? "StartTime" : "EndTime", time);
        activity.put("value", value);
        return write(activity);
    }

    private Sent last(TeamsActivities chat) {
        return connector.lastPostedTo(chat.conversationId());
    }

    private String status(String session) {
        return jdbc.sql("SELECT status FROM guided_session WHERE id = :id").param("id", session).query(String.class).single();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, LinkedHashMap.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
