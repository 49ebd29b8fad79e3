package dk.kernebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** What a machine sends that is not an activity gets a clear 4xx, and nothing is stored or posted. */
class EndpointInputTest extends BotIntegrationTest {

    @Autowired
    ConversationStore conversations;

    @Test
    void brokenJsonIs400AndStoresNothing() {
        TeamsActivities chat = groupChat();
        String valid = chat.message("Anne", "hjælp");
        String broken = valid.substring(0, valid.length() / 2);

        HttpResponse<String> response = bot().post(broken);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid JSON");
        assertThat(conversations.find(chat.conversationId())).isEmpty();
        assertThat(connector.sentTo(chat.conversationId())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "null", "[]", "42", "\"text\"", "{}",
            "{\"type\":\"message\"}",
            "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"channelId\":\"msteams\",\"recipient\":{\"id\":\"b\"}}",
            "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"javascript:alert(1)\",\"channelId\":\"msteams\",\"recipient\":{\"id\":\"b\"}}",
            "{\"type\":\"message\",\"conversation\":\"c\",\"serviceUrl\":\"http://x/\",\"channelId\":\"msteams\"}",
            "{\"type\":[1,2],\"conversation\":{\"id\":\"c\"}}"
    })
    void nonActivitiesAre400(String body) {
        HttpResponse<String> response = bot().post(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("{\"status\":400");
    }

    @Test
    void oversizedBodyIsRefusedWith413() {
        TeamsActivities chat = groupChat();
        String huge = chat.message("Anne", "x".repeat(400_000));

        HttpResponse<String> response = bot().post(huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(conversations.find(chat.conversationId())).isEmpty();
    }

    @Test
    void oversizedBodyWithoutContentLengthIsRefusedToo() {
        TeamsActivities chat = groupChat();
        byte[] huge = chat.message("Anne", "y".repeat(400_000)).getBytes();

        HttpResponse<String> response = bot().post(HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(huge)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(conversations.find(chat.conversationId())).isEmpty();
    }

    @Test
    void everyValidActivityStoresItsConversationReference() {
        TeamsActivities team = channel();

        bot().send(team.message("Anne", "hjælp"));

        var stored = conversations.find(team.conversationId()).orElseThrow();
        assertThat(stored.tenantId()).isEqualTo("tenant-test");
        assertThat(stored.serviceUrl()).isEqualTo(connector.serviceUrl());
        assertThat(stored.channelId()).isEqualTo("msteams");
        assertThat(stored.conversationType().name()).isEqualTo("CHANNEL");
        assertThat(stored.teamId()).isEqualTo(team.teamId());
        assertThat(stored.botId()).isEqualTo(TeamsActivities.BOT_ID);
    }

    @Test
    void aRedeliveredActivityIsHandledOnce() {
        TeamsActivities chat = groupChat();
        String message = chat.message("Anne", "kort");

        bot().send(message);
        bot().send(message);

        assertThat(connector.postedTo(chat.conversationId())).hasSize(1);
        String drawId = connector.postedTo(chat.conversationId()).get(0).card().findValue("drawId").asText();
        String click = chat.execute("Bo", "card-1", "reflection.next", java.util.Map.of("verb", "reflection.next", "drawId", drawId));
        String first = bot().send(click);
        String again = bot().send(click);
        assertThat(first).contains("application/vnd.microsoft.card.adaptive");
        assertThat(again).contains("\"statusCode\":200").doesNotContain("adaptive");
        assertThat(connector.updatesIn(chat.conversationId())).hasSize(1);
    }

    @Test
    void unknownActivityTypeIsAcceptedQuietly() {
        TeamsActivities chat = personal();
        String typing = chat.plainMessage("Anne", "x").replace("\"type\":\"message\"", "\"type\":\"typing\"");

        HttpResponse<String> response = bot().post(typing);

        assertThat(response.statusCode()).isBetween(200, 299);
        assertThat(connector.sentTo(chat.conversationId())).isEmpty();
    }
}
