package dk.kernebot.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.ConversationType;
import dk.kernebot.chat.Texts;
import dk.kernebot.chat.UserRef;
import dk.kernebot.conversation.ConversationReference;

/** Reads what features need out of an SDK activity, so that they never see SDK types. */
final class Activities {

    private static final String THREAD_MARKER = ";messageid=";

    private Activities() {
    }

    static ChatContext context(Activity activity) {
        ChannelAccount from = activity.getFrom();
        UserRef user = from == null
                ? new UserRef("", null, null)
                : new UserRef(from.getId(), from.getAadObjectId(), from.getName());
        return new ChatContext(
                conversationId(activity),
                type(activity.getConversation()),
                tenantId(activity),
                teamId(activity),
                threadId(activity),
                user,
                mentioned(activity),
                locale(activity));
    }

    static ConversationReference reference(Activity activity) {
        ChannelAccount bot = activity.getRecipient();
        return new ConversationReference(
                conversationId(activity),
                tenantId(activity),
                activity.getChannelId(),
                activity.getServiceUrl(),
                type(activity.getConversation()),
                teamId(activity),
                bot == null ? null : bot.getId(),
                bot == null ? null : bot.getName(),
                activity.getLocale());
    }

    /** A channel message in a thread arrives as "19:...@thread.tacv2;messageid=123": the channel is the part before. */
    static String conversationId(Activity activity) {
        String id = activity.getConversation().getId();
        int thread = id.indexOf(THREAD_MARKER);
        return thread < 0 ? id : id.substring(0, thread);
    }

    static String threadId(Activity activity) {
        String id = activity.getConversation().getId();
        int thread = id.indexOf(THREAD_MARKER);
        return thread < 0 ? null : id.substring(thread + THREAD_MARKER.length());
    }

    /** The people a message @mentions, without the bot itself. */
    static List<UserRef> mentioned(Activity activity) {
        if (activity.getMentions() == null) {
            return List.of();
        }
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        List<UserRef> people = new ArrayList<>();
        for (Mention mention : activity.getMentions()) {
            ChannelAccount who = mention.getMentioned();
            if (who != null && who.getId() != null && !who.getId().equals(botId)
                    && who.getId().length() <= ActivityLimits.MAX_ID
                    && (who.getAadObjectId() == null || who.getAadObjectId().length() <= ActivityLimits.MAX_TENANT_ID)
                    && people.stream().noneMatch(p -> p.id().equals(who.getId()))) {
                people.add(new UserRef(who.getId(), who.getAadObjectId(), ActivityLimits.shortName(who.getName())));
            }
        }
        return people;
    }

    static Locale locale(Activity activity) {
        return Texts.fromTag(activity.getLocale());
    }

    static String tenantId(Activity activity) {
        String tenant = activity.getConversation() == null ? null : activity.getConversation().getTenantId();
        if (tenant != null && !tenant.isBlank()) {
            return tenant;
        }
        TeamsChannelData data = teamsChannelData(activity);
        return data != null && data.getTenant() != null ? data.getTenant().getId() : null;
    }

    static String teamId(Activity activity) {
        TeamsChannelData data = teamsChannelData(activity);
        return data != null && data.getTeam() != null ? data.getTeam().getId() : null;
    }

    static ConversationType type(ConversationAccount conversation) {
        String type = conversation.getConversationType();
        if ("channel".equalsIgnoreCase(type)) {
            return ConversationType.CHANNEL;
        }
        if ("groupChat".equalsIgnoreCase(type) || Boolean.TRUE.equals(conversation.isGroup())) {
            return ConversationType.GROUP_CHAT;
        }
        return ConversationType.PERSONAL;
    }

    /** Channel data from other channels, or of an unexpected shape, is simply absent. */
    private static TeamsChannelData teamsChannelData(Activity activity) {
        if (activity.getChannelData() == null) {
            return null;
        }
        try {
            return activity.getChannelData(TeamsChannelData.class);
        } catch (Exception e) {
            return null;
        }
    }
}
