package dk.kernebot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.FakeConnector.Sent;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;

/** Without the kernebot.bench.* properties there is no echo bot and no seeding endpoint. */
class BenchModeOffTest extends BotIntegrationTest {

    @Test
    void noBenchEndpointWithoutTheProperty() {
        assertThat(admin("POST", "/bench/outbox?conversations=1&perConversation=1&serviceUrl=http://x/", null)
                .statusCode()).isEqualTo(404);
        assertThat(admin("GET", "/bench/outbox", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theRealBotAnswersNotTheEchoBot() {
        TeamsActivities chat = groupChat();

        bot().send(chat.message("Anne", "kort"));

        assertThat(connector.postedTo(chat.conversationId())).extracting(Sent::text)
                .noneMatch(text -> text != null && text.startsWith("Echo:"));
        assertThat(connector.postedTo(chat.conversationId())).hasSize(1);
    }
}
