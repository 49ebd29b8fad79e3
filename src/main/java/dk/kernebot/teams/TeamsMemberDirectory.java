package dk.kernebot.teams;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.PagedMembersResult;
import dk.kernebot.chat.MemberDirectory;
import dk.kernebot.chat.UserRef;
import dk.kernebot.conversation.ConversationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Asks the Bot Connector about people: a team member's role ("owner", "user", "guest"), a conversation's members. */
@Component
class TeamsMemberDirectory implements MemberDirectory {

    private static final Logger log = LoggerFactory.getLogger(TeamsMemberDirectory.class);

    /** A daycare staff group is far smaller; the cap keeps one odd conversation from costing many calls. */
    static final int MAX_MEMBERS = 500;

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

    @Override
    public List<UserRef> members(String conversationId) {
        return conversations.find(conversationId).map(conversation -> {
            List<UserRef> members = new ArrayList<>();
            try {
                var api = clients.forServiceUrl(conversation.serviceUrl()).getConversations();
                String continuation = null;
                do {
                    PagedMembersResult page = continuation == null
                            ? api.getConversationPagedMembers(conversation.id()).join()
                            : api.getConversationPagedMembers(conversation.id(), continuation).join();
                    if (page == null || page.getMembers() == null) {
                        break;
                    }
                    for (ChannelAccount member : page.getMembers()) {
                        if (member != null && member.getId() != null && members.size() < MAX_MEMBERS) {
                            members.add(new UserRef(member.getId(), member.getAadObjectId(), member.getName()));
                        }
                    }
                    continuation = page.getContinuationToken();
                } while (continuation != null && !continuation.isBlank() && members.size() < MAX_MEMBERS);
                return List.copyOf(members);
            } catch (RuntimeException e) {
                log.info("Could not list the members of a conversation: {}", e.getMessage());
                return List.copyOf(members);
            }
        }).orElse(List.of());
    }
}
