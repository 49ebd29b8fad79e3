package dk.kernebot.teams;

import java.util.concurrent.CompletionException;

import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.ChannelAccount;
import dk.kernebot.conversation.ConversationRecord;
import dk.kernebot.conversation.ConversationStore;
import org.springframework.stereotype.Component;

/**
 * Finds a person's Teams user id from their Entra object id, which is all an institution's file knows of its
 * leaders. First from a 1:1 chat they have had with the bot; else by asking Teams for that member of the
 * conversation the message comes from (of its team, for a channel): Teams' "get single member" accepts the Entra
 * object id in place of the user id.
 */
@Component
class TeamsPeople {

    private final ConnectorClients clients;
    private final ConversationStore conversations;

    TeamsPeople(ConnectorClients clients, ConversationStore conversations) {
        this.clients = clients;
        this.conversations = conversations;
    }

    /**
     * @throws PersonNotFoundException when Teams does not know them there (403/404): they must write to the bot
     *                                 first; other failures (429, 5xx, network) propagate to be retried
     */
    String teamsUserId(String aadObjectId, ConversationRecord via) {
        if (aadObjectId == null || aadObjectId.isBlank()) {
            throw new PersonNotFoundException("no Teams user id and no Entra object id");
        }
        return conversations.userIdOf(aadObjectId).orElseGet(() -> lookUp(aadObjectId, via));
    }

    private String lookUp(String aadObjectId, ConversationRecord via) {
        String roster = via.teamId() != null ? via.teamId() : via.id();
        ChannelAccount member;
        try {
            member = clients.forServiceUrl(via.serviceUrl()).getConversations()
                    .getConversationMember(aadObjectId, roster).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RestException rest && rest.response() != null
                    && (rest.response().code() == 404 || rest.response().code() == 403)) {
                throw new PersonNotFoundException("not a member of the conversation (HTTP " + rest.response().code() + ")");
            }
            throw e;
        }
        if (member == null || member.getId() == null || member.getId().isBlank()) {
            throw new PersonNotFoundException("Teams returned no user id");
        }
        return member.getId();
    }
}
