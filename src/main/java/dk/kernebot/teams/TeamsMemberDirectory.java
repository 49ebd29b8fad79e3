package dk.kernebot.teams;

import com.microsoft.bot.schema.ChannelAccount;
import dk.kernebot.chat.MemberDirectory;
import dk.kernebot.conversation.ConversationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Asks the Bot Connector for a team member's role ("owner", "user", "guest"). */
@Component
class TeamsMemberDirectory implements MemberDirectory {

    private static final Logger log = LoggerFactory.getLogger(TeamsMemberDirectory.class);

    private final ConnectorClients clients;
    private final ConversationStore conversations;

    TeamsMemberDirectory(ConnectorClients clients, ConversationStore conversations) {
        this.clients = clients;
        this.conversations = conversations;
    }

    @Override
    public boolean isTeamOwner(String conversationId, String teamId, String userId) {
        if (teamId == null || userId == null) {
            return false;
        }
        return conversations.find(conversationId).map(conversation -> {
            try {
                ChannelAccount member = clients.forServiceUrl(conversation.serviceUrl()).getConversations()
                        .getConversationMember(userId, teamId).join();
                Object role = member == null ? null : member.getProperties().get("userRole");
                return role != null && "owner".equalsIgnoreCase(role.toString().replace("\"", ""));
            } catch (RuntimeException e) {
                // Teams could not tell: treat as not an owner, so nobody gets rights by accident.
                log.info("Could not look up the role of a team member: {}", e.getMessage());
                return false;
            }
        }).orElse(false);
    }
}
