package dk.kernebot.institution;

import static dk.kernebot.institution.InstitutionFixtures.file;
import static dk.kernebot.institution.InstitutionFixtures.read;
import static dk.kernebot.institution.InstitutionFixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kernebot.reflection.ReflectionFixtures;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The door to /admin/**: the key is checked before a byte of the body is read, the size limit holds while the body
 * streams, wrong keys are limited per client and logged without the key, and every change lands in the audit trail.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminDoorTest extends BotIntegrationTest {

    private static final String GIGABYTES = Long.toString(1_500_000_000L);

    @Test
    void aWrongKeyIsRefusedBeforeTheBodyIsRead() {
        // 1.5 GB announced, a few MB sent: the answer must come without the server waiting for (or buffering) the rest.
        RawHttp.Response response = RawHttp.stream(port, "PUT", "/admin/decks",
                "X-Admin-Key: wrong-key-of-thirty-two-characters!!\r\nContent-Length: " + GIGABYTES + "\r\n", false,
                8L * 1024 * 1024);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedFromItsLengthWithoutReadingIt() {
        RawHttp.Response response = RawHttp.stream(port, "PUT", "/admin/decks",
                "X-Admin-Key: " + ADMIN_KEY + "\r\nContent-Length: " + GIGABYTES + "\r\n", false, 8L * 1024 * 1024);

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void aStreamedBodyWithoutLengthIsCutOffAtTheLimitOnEveryAdminEndpoint() {
        for (String path : List.of("/admin/decks", "/admin/institutions")) {
            RawHttp.Response response = RawHttp.stream(port, "PUT", path, "X-Admin-Key: " + ADMIN_KEY + "\r\n", true,
                    256L * 1024 * 1024);

            assertThat(response.status()).as(path).isEqualTo(413);
            // The server answered long before the 256 MB were through: it stopped reading at its limit.
            assertThat(response.bytesSent()).as(path).isLessThan(64L * 1024 * 1024);
        }
    }

    @Test
    void wrongKeysAreLimitedPerClientAndLoggedWithoutTheKey(CapturedOutput output) {
        String guess = "guessed-key-" + uniqueId("g") + "-padding-to-32";
        String attacker = "127.0.0.77";
        for (int i = 0; i < 10; i++) {
            assertThat(RawHttp.send(port, attacker, "GET", "/admin/institutions", "X-Admin-Key: " + guess + "\r\n", null)
                    .status()).isEqualTo(401);
        }

        RawHttp.Response blocked = RawHttp.send(port, attacker, "GET", "/admin/institutions",
                "X-Admin-Key: " + ADMIN_KEY + "\r\n", null);
        RawHttp.Response someoneElse = RawHttp.send(port, "127.0.0.78", "GET", "/admin/institutions",
                "X-Admin-Key: " + ADMIN_KEY + "\r\n", null);

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.head()).containsIgnoringCase("Retry-After:");
        assertThat(someoneElse.status()).isEqualTo(200);
        assertThat(output.getAll()).contains("Admin request from \"127.0.0.77\" refused").doesNotContain(guess)
                .doesNotContain(ADMIN_KEY);

        clock.advance(Duration.ofMinutes(6));
        assertThat(RawHttp.send(port, attacker, "GET", "/admin/institutions", "X-Admin-Key: " + ADMIN_KEY + "\r\n", null)
                .status()).isEqualTo(200);
    }

    @Test
    void theAuditTrailNeedsTheKey() {
        assertThat(RawHttp.send(port, "127.0.0.79", "GET", "/admin/audit", "", null).status()).isEqualTo(401);
    }

    @Test
    void everyAdminChangeIsInTheAuditTrailWithWhoWhenAndWhat() {
        String deck = uniqueId("revisionsbunke");
        String institution = uniqueId("revision");
        var chat = groupChat();

        admin("PUT", "/admin/decks", ReflectionFixtures.deck(deck, 1, 1, 1));
        admin("POST", "/admin/decks/" + deck + "/retire", null);
        admin("PUT", "/admin/institutions", file(institution, "Revisionen").toString());
        bot().send(chat.message(ADMIN_USER, "institution " + institution));
        bot().send(chat.messageMentioning(ADMIN_USER, "leder", "Lone"));
        bot().send(chat.messageMentioning(ADMIN_USER, "leder fjern", "Lone"));
        bot().send(chat.message(ADMIN_USER, "institution fjern"));
        admin("DELETE", "/admin/institutions/" + institution, null);

        JsonNode entries = read(admin("GET", "/admin/audit?limit=1000", null).body()).path("entries");
        List<String> mine = new java.util.ArrayList<>();
        for (JsonNode entry : entries) {
            if (entry.path("detail").asText().contains(deck) || entry.path("detail").asText().contains(institution)
                    || entry.path("detail").asText().contains(chat.conversationId())) {
                mine.add(entry.path("what").asText());
                assertThat(entry.path("who").asText()).isNotBlank();
                assertThat(entry.path("at").asText()).isNotBlank();
            }
        }
        assertThat(mine).containsExactlyInAnyOrder("deck.import", "deck.retire", "institution.create", "link.add",
                "leader.add", "leader.remove", "link.remove", "institution.delete");
        JsonNode link = findWhat(entries, "link.add", chat.conversationId());
        assertThat(link.path("who").asText()).contains(dk.kernebot.support.TeamsActivities.aadId(ADMIN_USER));
        assertThat(link.path("tenantId").asText()).isEqualTo("tenant-test");
        assertThat(findWhat(entries, "deck.import", deck).path("who").asText()).startsWith("admin-key@127.0.0.1");
    }

    private static JsonNode findWhat(JsonNode entries, String what, String about) {
        for (JsonNode entry : entries) {
            if (entry.path("what").asText().equals(what) && entry.path("detail").asText().contains(about)) {
                return entry;
            }
        }
        throw new AssertionError("No " + what + " about " + about + " in " + entries);
    }
}
