package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.roster;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The right people, also those not in Teams (issue 17): the parent from the bestyrelse is in the room without a
 * Teams account. The facilitator records her by name and role; she appears in the summary, in the handleplan's
 * participants and its export, and nothing is ever sent to her.
 */
class ExternalParticipantTest extends BotIntegrationTest {

    static final List<String> STEPS = GoalAgreementTest.STEPS;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theParentFromTheBestyrelseIsInTheSummaryAndTheExportAndNeverInTheOutbox() throws Exception {
        TeamsActivities chat = groupChat();
        roster(connector, chat, "Ida", "Jonna", "Kim");
        bot().send(chat.message("Ida", "start kvalitetssamtale"));
        String id = data(connector.lastPostedTo(chat.conversationId()).card(), "sessionId");
        role(chat, "Ida", id, "DAGTILBUDSCHEF", Map.of());
        role(chat, "Jonna", id, "DAGTILBUDSLEDER", Map.of());
        // The facilitator records the parent in the room: her name typed, her role chosen.
        JsonNode roles = role(chat, "Ida", id, "BESTYRELSE", Map.of("behalfName", "Hanne Madsen"));
        assertThat(text(roles)).contains("Fra Hanne Madsen", "noteret af Ida");
        // Ida is still the chef: noting for someone else changed nothing of her own role.
        assertThat(jdbc.sql("SELECT role FROM session_entry WHERE session_id = :s AND step_id = 'ramme' AND status = 'ACTIVE' "
                + "AND author_name = 'Ida'").param("s", id).query(String.class).list()).containsExactly("DAGTILBUDSCHEF");

        SessionFixtures.next(bot(), connector, chat, "Ida", id, "ramme");
        // A nudge to the quiet ones on the first agenda point reaches those in Teams, not Hanne.
        SessionFixtures.click(bot(), chat, "Ida", "session.nudge", Map.of("sessionId", id, "stepId", "laereplan"));
        assertThat(outboxFor("Kim")).isPositive();
        String at = "laereplan";
        for (String step : STEPS.subList(STEPS.indexOf("laeringsmiljoe"), STEPS.indexOf("foraeldre") + 1)) {
            SessionFixtures.next(bot(), connector, chat, "Ida", id, at);
            at = step;
        }
        SessionFixtures.click(bot(), chat, "Ida", "session.contribute", Map.of("sessionId", id, "stepId", "foraeldre",
                "category", "GOAL", "text", "Forældrene inviteres til åbent hus to gange om året",
                "behalfName", "Hanne Madsen"));
        for (String step : STEPS.subList(STEPS.indexOf("overgange"), STEPS.indexOf("aftale") + 1)) {
            SessionFixtures.next(bot(), connector, chat, "Ida", id, at);
            at = step;
        }
        JsonNode agreement = connector.lastPostedTo(chat.conversationId()).card();
        assertThat(text(agreement)).contains("foreslået af Hanne Madsen");
        SessionFixtures.agreeToAll(bot(), chat, id, "aftale", agreement, "Ida", "Jonna");
        JsonNode summary = SessionFixtures.next(bot(), connector, chat, "Ida", id, "aftale");
        assertThat(text(summary)).contains("Hanne Madsen – Bestyrelsesrepræsentant (i rummet, uden Teams)",
                "Hanne Madsen (i rummet, uden Teams)", "Ida – Dagtilbudschef");
        SessionFixtures.click(bot(), chat, "Ida", "session.complete", Map.of("sessionId", id, "stepId", "handleplan"));

        List<Map<String, Object>> people = jdbc.sql("SELECT pp.name, pp.role, pp.external FROM plan_participant pp "
                        + "JOIN handleplan p ON p.id = pp.plan_id WHERE p.conversation_id = :c ORDER BY pp.ordinal")
                .param("c", chat.conversationId()).query().listOfRows();
        assertThat(people).extracting(r -> r.get("name")).contains("Hanne Madsen", "Ida", "Jonna");
        Map<String, Object> hanne = people.stream().filter(r -> "Hanne Madsen".equals(r.get("name"))).findFirst().orElseThrow();
        assertThat(hanne.get("role")).isEqualTo("Bestyrelsesrepræsentant");
        assertThat(hanne.get("external").toString()).isIn("true", "1");
        Map<String, Object> ida = people.stream().filter(r -> "Ida".equals(r.get("name"))).findFirst().orElseThrow();
        assertThat(ida.get("external").toString()).isIn("false", "0");

        bot().send(chat.message("Ida", "handleplan"));
        List<String> urls = connector.lastPostedTo(chat.conversationId()).card().findValues("url").stream()
                .map(JsonNode::asText).toList();
        String md = new String(get(urls, ".md"), StandardCharsets.UTF_8);
        assertThat(md).contains("Deltagere i kvalitetssamtalen", "Hanne Madsen (Bestyrelsesrepræsentant, uden Teams)",
                "Ida (Dagtilbudschef)", "Forældrene inviteres til åbent hus to gange om året");
        try (var document = org.apache.pdfbox.Loader.loadPDF(get(urls, ".pdf"))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Hanne Madsen");
        }

        // Nothing, ever, was queued for her: no row names her as its addressee.
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE user_id LIKE 'room:%' OR lower(user_name) = 'hanne madsen' "
                + "OR lower(mention_name) = 'hanne madsen'").query(Integer.class).single()).isZero();
    }

    private JsonNode role(TeamsActivities chat, String user, String id, String role, Map<String, Object> more) {
        Map<String, Object> data = new java.util.HashMap<>(more);
        data.putAll(Map.of("sessionId", id, "stepId", "ramme", "role", role));
        return SessionFixtures.click(bot(), chat, user, "session.contribute", data);
    }

    private int outboxFor(String name) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE user_name = :n").param("n", name).query(Integer.class).single();
    }

    private byte[] get(List<String> urls, String extension) throws Exception {
        String path = URI.create(urls.stream().filter(u -> u.endsWith(extension)).findFirst().orElseThrow()).getRawPath();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
