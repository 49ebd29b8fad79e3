package dk.kernebot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kernebot.conversation.ConversationRecord;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Without authentication, nobody can point the bot's replies off this machine: an activity whose serviceUrl is not
 * loopback is refused before anything is stored, so a conversation's stored serviceUrl cannot be repointed either.
 */
class LocalModeTest extends BotIntegrationTest {

    @Autowired
    ConversationStore conversations;

    @Test
    void anActivityWithAServiceUrlOffThisMachineIsRefusedAndNothingIsStored() {
        TeamsActivities elsewhere = TeamsActivities.groupChat("https://attacker.example/");

        var response = bot().post(elsewhere.message("Anne", "hjælp"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(conversations.find(elsewhere.conversationId())).isEmpty();
    }

    @Test
    void aKnownConversationsServiceUrlCannotBeRepointed() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "hjælp"));
        String repointed = chat.message("Anne", "hjælp").replace(connector.serviceUrl(), "https://attacker.example/");

        assertThat(bot().post(repointed).statusCode()).isEqualTo(403);
        assertThat(conversations.find(chat.conversationId()).map(ConversationRecord::serviceUrl))
                .contains(connector.serviceUrl());
    }

    @Test
    void lookalikeHostsAreNotLoopback() {
        for (String url : new String[] {"http://127.0.0.1.attacker.example/", "http://localhost@attacker.example/",
                "http://attacker.example/?localhost", "http://[::ffff:10.0.0.1]/", "http://0x7f.1/"}) {
            TeamsActivities chat = TeamsActivities.groupChat(url);
            assertThat(bot().post(chat.message("Anne", "hjælp")).statusCode()).as(url).isEqualTo(403);
            assertThat(conversations.find(chat.conversationId())).as(url).isEmpty();
        }
    }
}
