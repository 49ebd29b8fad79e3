package dk.kernebot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import dk.kernebot.outbox.OutboxDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The switches scripts/bench.sh uses: the echo bot (the benchmark's floor) and the reminder seeding endpoint.
 * Behaviour only; the benchmark's figures are measured by the script, never asserted here.
 */
@TestPropertySource(properties = {"kernebot.bench.echo=true", "kernebot.bench.seed=true"})
class BenchModeTest extends BotIntegrationTest {

    @Autowired
    private OutboxDispatcher sender;

    @Test
    void theEchoBotAnswersAMessageThroughTheConnector() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "kort"));

        assertThat(connector.postedTo(chat.conversationId())).extracting(Sent::text)
                .containsExactly("Echo: <at>Kernebot</at> kort");
    }

    @Test
    void theEchoBotUpdatesTheClickedCardAndAnswersTheInvoke() {
        TeamsActivities chat = groupChat();

        String response = bot().send(chat.execute("Bo", "card-1", "reflection.next", Map.of("drawId", "x")));

        assertThat(response).contains("\"statusCode\":200").contains("Echo: adaptiveCard/action");
        assertThat(connector.updatesIn(chat.conversationId())).hasSize(1);
    }

    @Test
    void seededRemindersAreCountedByStatus() {
        String url = "/bench/outbox?conversations=2&perConversation=3&serviceUrl=" + connector.serviceUrl();

        var seeded = admin("POST", url, null);
        var status = admin("GET", "/bench/outbox", null);

        assertThat(seeded.statusCode()).isEqualTo(200);
        assertThat(seeded.body()).contains("\"seeded\":6");
        assertThat(status.body()).contains("\"PENDING\":6").contains("\"total\":6");

        // Delivered here too, so no seeded row is left for another test's sender.
        sender.dispatchDue();
        assertThat(admin("GET", "/bench/outbox", null).body()).contains("\"SENT\":6");
        assertThat(connector.postedTo("19:bench-1@thread.v2")).extracting(Sent::text)
                .containsExactlyInAnyOrder("bench-1-0", "bench-1-1", "bench-1-2");
    }
}
