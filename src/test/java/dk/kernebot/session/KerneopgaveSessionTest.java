package dk.kernebot.session;

import static dk.kernebot.session.SessionFixtures.buttons;
import static dk.kernebot.session.SessionFixtures.data;
import static dk.kernebot.session.SessionFixtures.entryIds;
import static dk.kernebot.session.SessionFixtures.entryWith;
import static dk.kernebot.session.SessionFixtures.notice;
import static dk.kernebot.session.SessionFixtures.replacement;
import static dk.kernebot.session.SessionFixtures.roster;
import static dk.kernebot.session.SessionFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.KernebotApplication;
import dk.kernebot.support.BotEndpoint;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import dk.kernebot.support.TestClockConfiguration;
import dk.kernebot.outbox.OutboxDispatcher;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Aalborg's kerneopgave session, driven through the real endpoint by three people in a group chat: the frame with
 * the institution's values, proposals tied to values, the quiet one nudged 1:1, an agreed wording, bobler on all
 * four rings, votes, a question tried against a reflection card and then sent to the leader, a restart of the
 * application halfway, the summary and the board.
 */
class KerneopgaveSessionTest extends BotIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxDispatcher sender;

    @Autowired
    Environment environment;

    TeamsActivities chat;

    @BeforeEach
    void groupWithInstitution() {
        chat = groupChat();
        roster(connector, chat, "Anne", "Bo", "Carla");
        String institution = """
                {"id": "solsikke-%s", "name": "Børnehuset Solsikken",
                 "kerneopgave": {"da": "At skabe trivsel, læring og udvikling for alle børn.",
                                 "en": "To create well-being, learning and development for all children."},
                 "vaerdisaet": [
                   {"id": "naervaer", "name": {"da": "Nærvær", "en": "Presence"},
                    "description": {"da": "Vi er der, hvor børnene er.", "en": "We are where the children are."}},
                   {"id": "nysgerrighed", "name": {"da": "Nysgerrighed", "en": "Curiosity"},
                    "description": {"da": "Vi undrer os sammen med børnene.", "en": "We wonder with the children."}}],
                 "conversations": ["%s"]}
                """.formatted(Math.abs(chat.conversationId().hashCode()), chat.conversationId());
        assertThat(admin("PUT", "/admin/institutions", institution).statusCode()).isIn(200, 201);
    }

    @Test
    void threeColleaguesHoldTheWholeSessionInTheirGroupChat() throws Exception {
        bot().send(chat.messageMentioning("Adam", "leder", "Lene"));

        // 1. Ramme: the formal kerneopgave and the values on the table.
        bot().send(chat.message("Anne", "start kerneopgave"));
        JsonNode frame = lastCard();
        assertThat(text(frame)).contains("Trin 1 af 6: Rammen", "At skabe trivsel, læring og udvikling for alle børn.",
                "Nærvær", "Nysgerrighed", "Alle stemmer tæller");
        String sessionId = data(frame, "sessionId");

        // 2. Vores kerneopgave.
        JsonNode proposals = next("Anne", sessionId, "ramme");
        assertThat(text(proposals)).contains("Trin 2 af 6: Vores kerneopgave", "Ingen har bidraget");
        JsonNode afterAnne = click("Anne", "session.contribute", Map.of("sessionId", sessionId, "stepId", "kerneopgave",
                "text", "Vi skaber trygge rammer, hvor alle børn leger og lærer.", "values", "nysgerrighed,naervaer"));
        assertThat(text(afterAnne)).contains("Bygger på: Nysgerrighed, Nærvær", "Har bidraget: Anne",
                "Mangler stadig: Bo, Carla");
        JsonNode afterBo = click("Bo", "session.contribute", Map.of("sessionId", sessionId, "stepId", "kerneopgave",
                "text", "Vi giver hvert barn lyst til at lære."));
        assertThat(text(afterBo)).contains("Har bidraget: Anne, Bo", "Mangler stadig: Carla");

        // Only the facilitator moves on; Bo's click changes nothing.
        String refused = bot().send(chat.execute("Bo", "card", "session.next", Map.of("sessionId", sessionId, "stepId", "kerneopgave")));
        assertThat(notice(refused)).contains("ordstyreren, Anne");
        assertThat(stepIndex(sessionId)).isEqualTo(1);

        // The nudge reaches only the quiet one, privately.
        JsonNode nudged = click("Anne", "session.nudge", Map.of("sessionId", sessionId, "stepId", "kerneopgave"));
        assertThat(text(nudged)).contains("Carla en venlig påmindelse i en personlig chat");
        sender.dispatchDue();
        List<Sent> nudges = SessionFixtures.postedAnywhere(connector, "vil gerne høre din stemme");
        assertThat(nudges).hasSize(1);
        assertThat(nudges.get(0).text()).contains("Hej Carla", "Vores kerneopgave", "gruppens chat");
        assertThat(nudges.get(0).path()).doesNotContain(chat.conversationId().substring(0, 10));

        // Carla speaks; votes; Bo edits his own proposal; Carla cannot withdraw Bo's.
        JsonNode afterCarla = click("Carla", "session.contribute", Map.of("sessionId", sessionId, "stepId", "kerneopgave",
                "text", "Vi er nærværende voksne i børnenes leg.", "values", "naervaer"));
        assertThat(text(afterCarla)).contains("Alle har bidraget");
        assertThat(entryIds(afterCarla)).hasSize(3);
        String annes = entryWith(afterCarla, "trygge rammer");
        String bos = entryWith(afterCarla, "lyst til at lære");
        click("Bo", "session.vote", Map.of("sessionId", sessionId, "stepId", "kerneopgave", "entryId", annes));
        JsonNode voted = click("Carla", "session.vote", Map.of("sessionId", sessionId, "stepId", "kerneopgave", "entryId", annes));
        assertThat(buttons(voted)).contains("Stem (2)");
        Map<String, Object> edit = new HashMap<>(Map.of("sessionId", sessionId, "stepId", "kerneopgave", "entryId", bos));
        edit.put("edit-" + bos, "Vi giver hvert barn lyst til at lære – hver dag.");
        assertThat(text(click("Bo", "session.edit", edit))).contains("Vi giver hvert barn lyst til at lære – hver dag.");
        String notHers = bot().send(chat.execute("Carla", "card", "session.withdraw",
                Map.of("sessionId", sessionId, "stepId", "kerneopgave", "entryId", bos)));
        assertThat(notice(notHers)).contains("Kun Bo");
        JsonNode agreed = click("Anne", "session.agree", Map.of("sessionId", sessionId, "stepId", "kerneopgave", "entryId", annes));
        assertThat(text(agreed)).contains("Vores fælles formulering", "Vi skaber trygge rammer, hvor alle børn leger og lærer.");

        // The application restarts mid-session: a fresh instance on the same database takes over.
        try (ConfigurableApplicationContext restarted = secondInstance()) {
            BotEndpoint other = new BotEndpoint(((WebServerApplicationContext) restarted).getWebServer().getPort());
            other.send(chat.execute("Anne", "card", "session.next", Map.of("sessionId", sessionId, "stepId", "kerneopgave")));
        }
        JsonNode bubbles = lastCard();
        assertThat(text(bubbles)).contains("Trin 3 af 6: Bobler på pladen");

        // 3. Bobler on all four rings.
        String[][] placed = {
                {"Anne", "Legepladsen som læringsmiljø", "INSTITUTION"},
                {"Bo", "Sprogvurderinger af alle 3-årige", "KOMMUNAL"},
                {"Carla", "Den styrkede pædagogiske læreplan", "NATIONAL"},
                {"Anne", "FN''s børnekonvention", "INTERNATIONAL"}};
        for (String[] boble : placed) {
            click(boble[0], "session.contribute", Map.of("sessionId", sessionId, "stepId", "bobler",
                    "text", boble[1].replace("''", "'"), "level", boble[2], "serves", "Giver børnene gode rammer"));
        }
        assertThat(text(lastClicked)).contains("Ring: Institution", "Ring: Kommunal", "Ring: National", "Ring: International");

        // 4. Prioritering: votes give the ranking; one boble goes into daily practice.
        JsonNode priority = next("Anne", sessionId, "bobler");
        List<String> bobler = entryIds(priority);
        assertThat(bobler).hasSize(4);
        String sprog = entryWith(priority, "Sprogvurderinger");
        for (String voter : List.of("Anne", "Bo", "Carla")) {
            click(voter, "session.vote", Map.of("sessionId", sessionId, "stepId", "prioritering", "entryId", sprog));
        }
        click("Bo", "session.vote", Map.of("sessionId", sessionId, "stepId", "prioritering",
                "entryId", entryWith(priority, "Legepladsen")));
        JsonNode ranked = click("Carla", "session.practice", Map.of("sessionId", sessionId, "stepId", "prioritering", "entryId", sprog));
        // The rank is escaped: a TextBlock starting with "1. " would render as a numbered list.
        assertThat(text(ranked)).contains("1\\. Sprogvurderinger af alle 3-årige", "2\\. Legepladsen som læringsmiljø",
                "(det gør vi i praksis)").doesNotContainPattern("(?m)^\\d+\\. ");

        // 5. A question: a reflection card first, then the leader.
        JsonNode questions = next("Anne", sessionId, "prioritering");
        List<Sent> postedSoFar = connector.postedTo(chat.conversationId());
        String stepFiveCard = connector.postedIds(chat.conversationId()).get(postedSoFar.size() - 1);
        assertThat(text(questions)).contains("Uafklarede spørgsmål");
        click("Bo", "session.question", Map.of("sessionId", sessionId, "stepId", "spoergsmaal",
                "question", "Hvordan får vi forældrene med i sprogarbejdet?"));
        JsonNode offer = lastCard();
        assertThat(text(offer)).contains("Bo spørger", "Prøv først dette refleksionskort");
        String questionId = data(offer, "questionId");
        JsonNode escalated = click("Anne", "session.question.escalate", Map.of("questionId", questionId));
        assertThat(text(escalated)).contains("Lene");
        // The step's own card is another message: it is brought up to date too, not left at "prøver et refleksionskort".
        Sent stepFiveUpdate = connector.updatesIn(chat.conversationId()).stream()
                .filter(u -> u.path().endsWith("/activities/" + stepFiveCard)).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("the step 5 card was not updated after the escalation"));
        assertThat(stepFiveUpdate.allText()).contains("Trin 5 af 6", "Hvordan får vi forældrene med i sprogarbejdet?",
                "sendt til lederen").doesNotContain("prøver et refleksionskort");
        assertThat(jdbc.sql("SELECT source FROM question WHERE text = :t AND conversation_id = :c")
                .param("t", "Hvordan får vi forældrene med i sprogarbejdet?").param("c", chat.conversationId())
                .query(String.class).single()).isEqualTo("SESSION_STEP");
        assertThat(jdbc.sql("SELECT asked_by_name FROM question WHERE conversation_id = :c").param("c", chat.conversationId())
                .query(String.class).single()).isEqualTo("Bo");
        sender.dispatchDue();
        assertThat(SessionFixtures.postedAnywhere(connector, "Hvordan får vi forældrene med i sprogarbejdet?").stream()
                .filter(s -> s.allText().contains("trin 5")).toList()).hasSize(1);

        // 6. Opsamling.
        JsonNode summary = next("Anne", sessionId, "spoergsmaal");
        assertThat(text(summary)).contains("Vi skaber trygge rammer, hvor alle børn leger og lærer.",
                "1\\. Sprogvurderinger af alle 3-årige", "Hvordan får vi forældrene med i sprogarbejdet?",
                "Med i forløbet: Anne, Bo, Carla", "Vend tilbage til kerneopgaven omkring " + inSixMonths());
        JsonNode done = click("Anne", "session.complete", Map.of("sessionId", sessionId, "stepId", "opsamling"));
        // Done: no step buttons left; the board, its summary for the bestyrelse, and the boble in practice can still
        // go into the handleplan.
        assertThat(buttons(done)).containsExactlyInAnyOrder("Vis pladen", "Til bestyrelsen", "Læg i handleplanen");
        // The note under it points at that button: in a group chat a bare "tavle" (without @Kernebot) reaches nobody.
        assertThat(connector.lastPostedTo(chat.conversationId()).allText()).contains("er gemt", "Tryk på \"Vis pladen\"");
        assertThat(jdbc.sql("SELECT status FROM guided_session WHERE id = :id").param("id", sessionId)
                .query(String.class).single()).isEqualTo("COMPLETED");

        // The board: a card with a preview, and files that hold the kerneopgave and every boble.
        bot().send(chat.message("Carla", "tavle"));
        JsonNode board = lastCard();
        String pdfUrl = board.findValues("url").stream().map(JsonNode::asText).filter(u -> u.contains(".pdf?size=A3"))
                .findFirst().orElseThrow();
        String svgUrl = board.findValues("url").stream().map(JsonNode::asText).filter(u -> u.contains(".svg"))
                .findFirst().orElseThrow();
        String pngUrl = board.findValues("url").stream().map(JsonNode::asText).filter(u -> u.contains(".png"))
                .findFirst().orElseThrow();
        byte[] pdf = download(local(pdfUrl));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Long words are hyphenated to fit a boble: join them again before searching.
            String printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replace("- ", "");
            assertThat(printed).contains("trygge rammer").contains("Sprogvurderinger").contains("Legepladsen")
                    .contains("læreplan").contains("børnekonvention");
        }
        String svg = new String(download(local(svgUrl)), java.nio.charset.StandardCharsets.UTF_8);
        var document = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        String svgText = document.getDocumentElement().getTextContent().replaceAll("\\s+", " ");
        for (String part : List.of("Vi skaber trygge rammer", "Sprogvurderinger af alle 3-årige",
                "Legepladsen som læringsmiljø", "Den styrkede pædagogiske læreplan", "FN's børnekonvention")) {
            assertThat(svgText).contains(part);
        }
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(download(local(pngUrl)))).getWidth()).isEqualTo(800);
        // Each step card is put together at run time (frame + the kind's part): Microsoft's parser must take them all.
        assertThat(dk.kernebot.cards.OfficialCards.problems(connector.postedTo(chat.conversationId()).stream()
                .map(sent -> sent.card()).filter(java.util.Objects::nonNull).map(Object::toString).toList())).isEmpty();
    }

    private JsonNode lastClicked;

    private String inSixMonths() {
        return java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy", java.util.Locale.forLanguageTag("da"))
                .format(clock.instant().atZone(clock.getZone()).toLocalDate().plusMonths(6));
    }

    private JsonNode click(String user, String verb, Map<String, Object> data) {
        Map<String, Object> withVerb = new HashMap<>(data);
        withVerb.put("verb", verb);
        String response = bot().send(chat.execute(user, "card", verb, withVerb));
        JsonNode card = replacement(response);
        assertThat(card).as("%s by %s answered %s", verb, user, response).isNotNull();
        assertThat(text(card)).as("no error on the card after %s", verb).doesNotContain("der gik noget galt");
        lastClicked = card;
        return card;
    }

    private JsonNode next(String user, String sessionId, String stepId) {
        click(user, "session.next", Map.of("sessionId", sessionId, "stepId", stepId));
        return lastCard();
    }

    private JsonNode lastCard() {
        return connector.lastPostedTo(chat.conversationId()).card();
    }

    private int stepIndex(String sessionId) {
        return jdbc.sql("SELECT step_index FROM guided_session WHERE id = :id").param("id", sessionId)
                .query(Integer.class).single();
    }

    private String local(String url) {
        return "http://localhost:" + port + URI.create(url).getRawPath()
                + (URI.create(url).getRawQuery() == null ? "" : "?" + URI.create(url).getRawQuery());
    }

    private static byte[] download(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    /** A second application on the same database, as after a restart or on another instance. */
    private ConfigurableApplicationContext secondInstance() {
        Map<String, Object> properties = new HashMap<>();
        for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "spring.datasource.hikari.maximum-pool-size", "kernebot.admin.key", "kernebot.questions.admins",
                "kernebot.outbox.poll-ms")) {
            String value = environment.getProperty(key);
            if (value != null) {
                properties.put(key, value);
            }
        }
        properties.put("server.port", "0");
        properties.put("kernebot.bot.app-id", "");
        properties.put("kernebot.bot.authentication", "off");
        properties.put("kernebot.bot.allowed-tenants", "");
        properties.put("spring.flyway.enabled", "false");
        // As command-line arguments: they outrank application.properties, as the test's own settings do.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(KernebotApplication.class, TestClockConfiguration.class).run(arguments);
    }
}
