package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.buttons;
import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.entryIds;
import static dk.kernebot.session.SessionFixtures.notice;
import static dk.kernebot.session.SessionFixtures.replacement;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import dk.kernebot.outbox.OutboxDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starting, resuming, pausing, ending, handing over and revisiting a session; bad input and stale clicks. */
class SessionLifecycleTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxDispatcher sender;

    @Test
    void aSecondStartOffersToResumeOrToStartOver() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        String first = data(last(chat), "sessionId");

        bot().send(chat.message("Bo", "START KERNEOPGAVE"));
        JsonNode choice = last(chat);
        assertThat(text(choice)).contains("I har allerede et forløb i gang: Vores kerneopgave", "Anne startede det den");
        assertThat(buttons(choice)).containsExactly("Fortsæt hvor vi slap", "Afslut det, og start forfra");

        JsonNode resumed = replacement(bot().send(chat.execute("Bo", "card", "session.resume", Map.of("sessionId", first))));
        assertThat(text(resumed)).contains("Trin 1 af 6: Rammen");
        assertThat(data(resumed, "sessionId")).isEqualTo(first);

        String refused = bot().send(chat.execute("Bo", "card", "session.restart", Map.of("sessionId", first)));
        assertThat(notice(refused)).contains("ordstyreren, Anne");
        JsonNode fresh = replacement(bot().send(chat.execute("Anne", "card", "session.restart", Map.of("sessionId", first))));
        assertThat(data(fresh, "sessionId")).isNotEqualTo(first);
        assertThat(status(first)).isEqualTo("ENDED");
        assertThat(jdbc.sql("SELECT count(*) FROM guided_session WHERE conversation_id = :c AND status = 'ACTIVE'")
                .param("c", chat.conversationId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSessionBelongsInAGroupConversation() {
        TeamsActivities chat = personal();
        bot().send(chat.plainMessage("Anne", "start kerneopgave"));
        assertThat(connector.postedTo(chat.conversationId()).get(0).text()).contains("forløb for hele gruppen");
    }

    @Test
    void withoutAnInstitutionTheFrameSaysSoAndTheGroupGoesOn() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        JsonNode frame = last(chat);
        assertThat(text(frame)).contains("formelle kerneopgave og værdisæt er ikke lagt ind i Kernebot endnu");
        JsonNode proposals = next(chat, "Anne", data(frame, "sessionId"), "ramme");
        assertThat(text(proposals)).contains("Trin 2 af 6");
    }

    @Test
    void pausedSessionsWaitAndContinueWhereTheyStopped() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        String id = data(last(chat), "sessionId");
        next(chat, "Anne", id, "ramme");
        click(chat, "Bo", "session.contribute", Map.of("sessionId", id, "stepId", "kerneopgave", "text", "Leg er vejen"));

        bot().send(chat.message("Anne", "pause"));
        assertThat(status(id)).isEqualTo("PAUSED");
        // In a group chat Kernebot only hears messages that mention it, so the way back says so.
        assertThat(lastText(chat)).contains("Anne har sat forløbet på pause", "Skriv \"@Kernebot fortsæt\"");
        String whilePaused = bot().send(chat.execute("Carla", "card", "session.contribute",
                Map.of("sessionId", id, "stepId", "kerneopgave", "text", "Kommer ikke med")));
        assertThat(text(replacement(whilePaused))).contains("Anne satte forløbet på pause den", "intet blev ændret");
        assertThat(entries(id)).isEqualTo(1);

        clock.advance(Duration.ofDays(3));
        bot().send(chat.message("Carla", "fortsæt"));
        JsonNode again = last(chat);
        assertThat(text(again)).contains("Trin 2 af 6: Vores kerneopgave", "Leg er vejen");
        assertThat(status(id)).isEqualTo("ACTIVE");
    }

    @Test
    void endingEarlyKeepsWhatTheGroupReachedAndSumsItUp() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        String id = data(last(chat), "sessionId");
        next(chat, "Anne", id, "ramme");
        click(chat, "Bo", "session.contribute", Map.of("sessionId", id, "stepId", "kerneopgave", "text", "Børn først"));

        bot().send(chat.message("Bo", "afslut"));
        assertThat(lastText(chat)).contains("ordstyreren, Anne");
        assertThat(status(id)).isEqualTo("ACTIVE");

        bot().send(chat.message("Anne", "afslut"));
        assertThat(status(id)).as("\"afslut\" asks first").isEqualTo("ACTIVE");
        assertThat(buttons(last(chat))).containsExactly("Ja, afslut nu", "Fortsæt");

        bot().send(chat.message("Anne", "afslut nu"));
        assertThat(status(id)).isEqualTo("ENDED");
        assertThat(text(last(chat))).contains("Forløbet blev afsluttet før tid", "I blev ikke enige om en formulering");
        assertThat(entries(id)).isEqualTo(1);
    }

    @Test
    void badInputIsExplainedOnTheCardAndNothingIsLost() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        String id = data(last(chat), "sessionId");
        next(chat, "Anne", id, "ramme");
        click(chat, "Anne", "session.contribute", Map.of("sessionId", id, "stepId", "kerneopgave", "text", "Tryghed"));

        JsonNode empty = click(chat, "Bo", "session.contribute", Map.of("sessionId", id, "stepId", "kerneopgave", "text", "  "));
        assertThat(text(empty)).contains("Feltet var tomt", "Tryghed");
        JsonNode tooLong = click(chat, "Bo", "session.contribute",
                Map.of("sessionId", id, "stepId", "kerneopgave", "text", "x".repeat(1001)));
        assertThat(text(tooLong)).contains("Teksten er for lang");
        next(chat, "Anne", id, "kerneopgave");
        JsonNode noRing = click(chat, "Bo", "session.contribute",
                Map.of("sessionId", id, "stepId", "bobler", "text", "Udeliv", "level", "GALAKTISK"));
        assertThat(text(noRing)).contains("Vælg den ring");
        assertThat(entries(id)).isEqualTo(1);

        // A click on the card of a step that is over changes nothing.
        String stale = bot().send(chat.execute("Bo", "card", "session.contribute",
                Map.of("sessionId", id, "stepId", "kerneopgave", "text", "For sent")));
        assertThat(text(replacement(stale))).contains("Anne flyttede gruppen videre til trin 3", "Intet blev ændret");
        assertThat(entries(id)).isEqualTo(1);

        // A card from another conversation is no key to this one.
        TeamsActivities elsewhere = groupChat();
        String foreign = bot().send(elsewhere.execute("Mallory", "card", "session.next", Map.of("sessionId", id, "stepId", "bobler")));
        assertThat(notice(foreign)).contains("hører ikke til et forløb i denne chat");
        assertThat(jdbc.sql("SELECT step_index FROM guided_session WHERE id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theFacilitatorCanHandTheRoleOnAndGoBack() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        String id = data(last(chat), "sessionId");
        bot().send(chat.messageMentioning("Anne", "ordstyrer", "Bo"));
        assertThat(lastText(chat)).contains("Bo er nu ordstyrer");

        next(chat, "Bo", id, "ramme");
        JsonNode back = next(chat, "Bo", id, "kerneopgave");
        assertThat(text(back)).contains("Trin 3 af 6");
        click(chat, "Bo", "session.back", Map.of("sessionId", id, "stepId", "bobler"));
        assertThat(text(last(chat))).contains("Trin 2 af 6");
    }

    @Test
    void authorsEditAndWithdrawTheirOwnEntriesOnly() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        String id = data(last(chat), "sessionId");
        next(chat, "Anne", id, "ramme");
        JsonNode card = click(chat, "Bo", "session.contribute", Map.of("sessionId", id, "stepId", "kerneopgave", "text", "Leg"));
        String entry = entryIds(card).get(0);

        String refused = bot().send(chat.execute("Anne", "card", "session.withdraw",
                Map.of("sessionId", id, "stepId", "kerneopgave", "entryId", entry)));
        assertThat(notice(refused)).contains("Kun Bo");
        JsonNode withdrawn = click(chat, "Bo", "session.withdraw", Map.of("sessionId", id, "stepId", "kerneopgave", "entryId", entry));
        assertThat(text(withdrawn)).contains("Ingen bud endnu").doesNotContain("Fra Bo");
        assertThat(jdbc.sql("SELECT status FROM session_entry WHERE id = :id").param("id", entry)
                .query(String.class).single()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aTypedQuestionDuringASessionMeetsAReflectionCardFirst() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "start kerneopgave"));
        bot().send(chat.message("Bo", "spørgsmål Hvordan taler vi om leg med forældrene?"));
        JsonNode offer = last(chat);
        assertThat(text(offer)).contains("Bo spørger", "Prøv først dette refleksionskort");
        assertThat(buttons(offer)).contains("Kortet hjalp – vi har afklaret det", "Send til lederen");

        Map<String, Object> settle = new HashMap<>(Map.of("questionId", data(offer, "questionId")));
        settle.put("note", "Vi viser billeder fra legen ved afhentning.");
        JsonNode settled = click(chat, "Carla", "session.question.settle", settle);
        assertThat(text(settled)).contains("Afklaret i gruppen: Vi viser billeder fra legen ved afhentning.");
        String again = bot().send(chat.execute("Anne", "card", "session.question.escalate",
                Map.of("questionId", data(offer, "questionId"))));
        assertThat(notice(again)).contains("allerede afklaret");
        assertThat(jdbc.sql("SELECT count(*) FROM question WHERE conversation_id = :c").param("c", chat.conversationId())
                .query(Integer.class).single()).isZero();

        // Without a running session, the question goes straight to the leader as before.
        TeamsActivities other = groupChat();
        bot().send(other.message("Bo", "spørgsmål Må vi lukke kl. 16?"));
        assertThat(jdbc.sql("SELECT count(*) FROM question WHERE conversation_id = :c").param("c", other.conversationId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRevisitStartsFromTheLastAgreedVersionAndShowsWhatChanged() {
        TeamsActivities chat = groupChat();
        Instant start = clock.instant();
        try {
            bot().send(chat.message("Anne", "start kerneopgave"));
            String first = data(last(chat), "sessionId");
            next(chat, "Anne", first, "ramme");
            JsonNode proposals = click(chat, "Anne", "session.contribute",
                    Map.of("sessionId", first, "stepId", "kerneopgave", "text", "Vi leger og lærer sammen."));
            click(chat, "Anne", "session.agree", Map.of("sessionId", first, "stepId", "kerneopgave",
                    "entryId", entryIds(proposals).get(0)));
            next(chat, "Anne", first, "kerneopgave");
            click(chat, "Anne", "session.contribute", Map.of("sessionId", first, "stepId", "bobler",
                    "text", "Udeliv hver dag", "level", "INSTITUTION"));
            click(chat, "Anne", "session.contribute", Map.of("sessionId", first, "stepId", "bobler",
                    "text", "Madpakkeordning", "level", "KOMMUNAL"));
            next(chat, "Anne", first, "bobler");
            next(chat, "Anne", first, "prioritering");
            next(chat, "Anne", first, "spoergsmaal");
            click(chat, "Anne", "session.complete", Map.of("sessionId", first, "stepId", "opsamling"));

            // Half a year later, Kernebot reminds the group, once.
            clock.advance(Duration.ofDays(190));
            sender.dispatchDue();
            sender.dispatchDue();
            List<Sent> reminders = connector.postedTo(chat.conversationId()).stream()
                    .filter(s -> s.text() != null && s.text().contains("Det er tid til at se på")).toList();
            assertThat(reminders).hasSize(1);
            assertThat(reminders.get(0).text()).contains("Skriv \"@Kernebot start kerneopgave\"");

            bot().send(chat.message("Bo", "start kerneopgave"));
            JsonNode frame = last(chat);
            assertThat(text(frame)).contains("Den kerneopgave, I blev enige om", "Vi leger og lærer sammen.");
            String second = data(frame, "sessionId");
            JsonNode carried = next(chat, "Bo", second, "ramme");
            assertThat(text(carried)).contains("Vi leger og lærer sammen.");
            click(chat, "Bo", "session.agree", Map.of("sessionId", second, "stepId", "kerneopgave",
                    "agreedText", "Vi leger, lærer og trives sammen."));
            JsonNode bubbles = next(chat, "Bo", second, "kerneopgave");
            assertThat(text(bubbles)).contains("Udeliv hver dag", "Madpakkeordning");
            String madpakke = SessionFixtures.entryWith(bubbles, "Madpakkeordning");
            click(chat, "Anne", "session.withdraw", Map.of("sessionId", second, "stepId", "bobler", "entryId", madpakke));
            click(chat, "Bo", "session.contribute", Map.of("sessionId", second, "stepId", "bobler",
                    "text", "Sprogkufferter", "level", "KOMMUNAL"));
            next(chat, "Bo", second, "bobler");
            next(chat, "Bo", second, "prioritering");
            JsonNode summary = next(chat, "Bo", second, "spoergsmaal");
            assertThat(text(summary)).contains("Det har ændret sig siden",
                    "Ny formulering. Før stod der: \"Vi leger og lærer sammen.\"", "Ny boble: Sprogkufferter",
                    "Ikke med længere: Madpakkeordning");
        } finally {
            clock.set(start);
        }
    }

    @Test
    void englishReadersGetTheSessionInEnglish() {
        TeamsActivities chat = groupChat().inEnglish();
        bot().send(chat.message("Anne", "start core task"));
        JsonNode frame = last(chat);
        assertThat(text(frame)).contains("Step 1 of 6: The frame", "Every voice counts");
        assertThat(buttons(frame)).contains("Next step", "Raise a question");
    }

    @Test
    void boardLinksOnlyOpenWithTheirToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/boards/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.pdf", "/boards/short.svg",
                "/boards/..%2F..%2Fetc%2Fpasswd.png")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isIn(400, 404);
        }
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "tavle"));
        assertThat(lastText(chat)).contains("ingen plade");
        bot().send(chat.message("Anne", "start kerneopgave"));
        bot().send(chat.message("Anne", "tavle"));
        JsonNode board = last(chat);
        String pdf = board.findValues("url").stream().map(JsonNode::asText).filter(u -> u.contains(".pdf")).findFirst().orElseThrow();
        String badSize = "http://localhost:" + port + URI.create(pdf).getRawPath() + "?size=A0";
        assertThat(http.send(HttpRequest.newBuilder(URI.create(badSize)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(400);
    }

    @Test
    void theBoardIsDrawnInTheChatsLanguageWhateverTheBrowserAsksFor() throws Exception {
        // A Danish Teams on an English browser (as the Agents Playground's Chromium): the files follow the chat.
        HttpClient http = HttpClient.newHttpClient();
        for (boolean english : List.of(false, true)) {
            TeamsActivities chat = english ? groupChat().inEnglish() : groupChat();
            bot().send(chat.message("Anne", english ? "start core task" : "start kerneopgave"));
            bot().send(chat.message("Anne", english ? "board" : "tavle"));
            JsonNode board = last(chat);
            List<String> urls = board.findValues("url").stream().map(JsonNode::asText).toList();
            assertThat(urls).hasSize(4).allSatisfy(u -> assertThat(u).contains(english ? "lang=en" : "lang=da"));
            String svgUrl = urls.stream().filter(u -> u.contains(".svg")).findFirst().orElseThrow();
            URI svg = URI.create(svgUrl);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + svg.getRawPath() + "?" + svg.getRawQuery()))
                    .header("Accept-Language", english ? "da-DK,da;q=0.9" : "en-US,en;q=0.9").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            if (english) {
                assertThat(response.body()).contains("Our core task", "Municipal").doesNotContain("Kommunal");
            } else {
                assertThat(response.body()).contains("Vores kerneopgave", "Kommunal").doesNotContain("Municipal");
            }
        }
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

    private String status(String sessionId) {
        return jdbc.sql("SELECT status FROM guided_session WHERE id = :id").param("id", sessionId).query(String.class).single();
    }

    private int entries(String sessionId) {
        return jdbc.sql("SELECT count(*) FROM session_entry WHERE session_id = :id AND status = 'ACTIVE'")
                .param("id", sessionId).query(Integer.class).single();
    }
}
