package dk.kernebot.teams;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationResourceResponse;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import com.microsoft.bot.schema.teams.TenantInfo;
import dk.kernebot.cardsize.MessageSizeGuard;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.chat.Texts;
import dk.kernebot.conversation.ConversationRecord;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.outbox.MessageTransport;
import dk.kernebot.outbox.OutboxRow;
import dk.kernebot.outbox.SendFailure;
import org.springframework.stereotype.Component;

/**
 * Sends an outbox row to Teams through the Bot Connector: into its stored conversation, or to a person's personal
 * chat, which it opens where the bot has none with them yet. When, in which order, how fast and how often is the
 * outbox's business ({@code outbox/OutboxDispatcher}); this class says how a send went wrong in its terms.
 */
@Component
class ProactiveSender implements MessageTransport {

    private final ConversationStore conversations;
    private final ConnectorClients clients;
    private final TeamsPeople people;
    private final MessageSizeGuard sizeGuard;

    ProactiveSender(ConversationStore conversations, ConnectorClients clients, TeamsPeople people,
                    MessageSizeGuard sizeGuard) {
        this.sizeGuard = sizeGuard;
        this.conversations = conversations;
        this.clients = clients;
        this.people = people;
    }

    @Override
    public Destination destination(OutboxRow row) {
        try {
            return row.toPerson() ? personalChat(row) : conversation(row);
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    @Override
    public String send(OutboxRow row, Destination destination) {
        try {
            Activity activity = activity(fitted(row, destination));
            ConnectorClient client = clients.forServiceUrl(destination.serviceUrl());
            ResourceResponse response = row.replyToId() != null
                    ? client.getConversations().replyToActivity(destination.conversationId(), row.replyToId(), activity).join()
                    : client.getConversations().sendToConversation(destination.conversationId(), activity).join();
            return response == null ? null : response.getId();
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    private Destination conversation(OutboxRow row) {
        ConversationRecord record = conversations.find(row.conversationId())
                .orElseThrow(() -> SendFailure.undeliverable("unknown conversation " + row.conversationId()));
        return new Destination(row.conversationId(), record.serviceUrl(), false);
    }

    /** The person's personal chat, opened now if the bot has none with them yet. */
    private Destination personalChat(OutboxRow row) {
        ConversationRecord via = conversations.find(row.viaConversation())
                .orElseThrow(() -> SendFailure.undeliverable("unknown conversation " + row.viaConversation()));
        String userId = row.userId() != null ? row.userId() : people.teamsUserId(row.userAadId(), via);
        Optional<String> known = Optional.ofNullable(row.sentConversation())
                .or(() -> conversations.personalChatOf(userId));
        if (known.isPresent()) {
            return new Destination(known.get(), conversations.find(known.get()).orElse(via).serviceUrl(), false);
        }
        ConversationParameters parameters = new ConversationParameters();
        parameters.setIsGroup(false);
        parameters.setBot(new ChannelAccount(via.botId(), via.botName()));
        ChannelAccount member = new ChannelAccount(userId, row.userName());
        member.setAadObjectId(row.userAadId());
        parameters.setMembers(List.of(member));
        parameters.setTenantId(via.tenantId());
        TeamsChannelData channelData = new TeamsChannelData();
        channelData.setTenant(new TenantInfo(via.tenantId()));
        parameters.setChannelData(channelData);
        ConversationResourceResponse created = clients.forServiceUrl(via.serviceUrl()).getConversations()
                .createConversation(parameters).join();
        String conversationId = created.getId();
        conversations.rememberPersonal(conversationId, via, userId, row.userAadId());
        return new Destination(conversationId, conversations.find(conversationId).orElse(via).serviceUrl(), true);
    }

    /**
     * The row's card or text in a size Teams accepts, in the language of the conversation it goes to. Shortened
     * here, at the send, rather than when it was queued: the stored row keeps the whole, and a copy is made only for
     * a message that actually goes out.
     */
    private OutboxRow fitted(OutboxRow row, Destination destination) {
        if (sizeGuard.fits(row.cardJson()) && sizeGuard.fits(row.text())) {
            return row;
        }
        java.util.Locale locale = conversations.find(destination.conversationId())
                .or(() -> conversations.find(row.toPerson() ? row.viaConversation() : row.conversationId()))
                .map(record -> Texts.fromTag(record.locale())).orElse(Texts.DANISH);
        String card = row.cardJson() == null ? null : sizeGuard.card(destination.conversationId(), locale, row.cardJson());
        String text = row.cardJson() == null ? sizeGuard.text(destination.conversationId(), locale, row.text()) : row.text();
        if (card == row.cardJson() && text == row.text()) {
            return row;
        }
        return new OutboxRow(row.id(), row.dedupeKey(), row.targetKind(), row.conversationId(), row.userId(),
                row.userAadId(), row.userName(), row.viaConversation(), row.replyToId(), text, card, row.mentionUserId(),
                row.mentionName(), row.status(), row.attempts(), row.nextAttemptAt(), row.sentActivityId(),
                row.sentConversation(), row.claimToken());
    }

    private static Activity activity(OutboxRow row) {
        if (row.cardJson() != null) {
            return ReplySender.cardActivity(row.cardJson());
        }
        Activity activity = ReplySender.activity(OutgoingMessage.text(row.text()));
        if (row.mentionUserId() != null) {
            Mention mention = new Mention();
            mention.setMentioned(new ChannelAccount(row.mentionUserId(), row.mentionName()));
            mention.setText("<at>" + row.mentionName() + "</at>");
            activity.setMentions(List.of(mention));
        }
        return activity;
    }

    /** An HTTP answer from the connector in the outbox's terms; anything else stays a fault to try again. */
    private static RuntimeException translated(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RestException rest && rest.response() != null) {
            return SendFailure.refused(rest.response().code(), rest.response().headers().get("Retry-After"),
                    rest.getMessage(), rest);
        }
        if (cause instanceof PersonNotFoundException notFound) {
            return SendFailure.unreachable(notFound.getMessage());
        }
        return cause instanceof RuntimeException runtime ? runtime : e;
    }
}
