package dk.kernebot.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.TextFormatTypes;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.chat.PostedCards;
import dk.kernebot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a feature's reply into Teams activities in the conversation the turn came from. */
final class ReplySender {

    static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

    private ReplySender() {
    }

    static CompletableFuture<Void> send(PostedCards posted, TurnContext turn, Reply reply) {
        CompletableFuture<?> update = CompletableFuture.completedFuture(null);
        String cardActivityId = turn.getActivity().getReplyToId();
        if (reply.replacementCard().isPresent() && cardActivityId != null) {
            Activity replacement = cardActivity(reply.replacementCard().get());
            replacement.setId(cardActivityId);
            update = turn.updateActivity(replacement);
        }
        String conversationId = Activities.conversationId(turn.getActivity());
        for (Reply.CardUpdate cardUpdate : reply.updates()) {
            Optional<String> target = posted.activityOf(conversationId, cardUpdate.tag())
                    .filter(id -> !id.equals(cardActivityId));
            if (target.isPresent()) {
                Activity other = cardActivity(cardUpdate.cardJson());
                other.setId(target.get());
                update = update.thenCompose(ignored -> turn.updateActivity(other).handle((done, error) -> {
                    // The other card is a courtesy: if it was deleted or cannot be changed, the click still counts.
                    if (error != null) {
                        log.info("Could not bring the card tagged {} up to date: {}", cardUpdate.tag(), error.getMessage());
                    }
                    return null;
                }));
            }
        }
        // Only now does the clicked card take over its new tag: an update above for the same tag still reaches the
        // card that carried it until this click (a card fetched from elsewhere leaves its old copy put away).
        if (reply.replacementCard().isPresent() && cardActivityId != null && reply.replacementTag().isPresent()) {
            posted.remember(conversationId, reply.replacementTag().get(), cardActivityId);
        }
        List<Activity> messages = new ArrayList<>(
                reply.messages().stream().map(ReplySender::activity).toList());
        List<String> tags = new ArrayList<>(reply.messages().stream().map(OutgoingMessage::tag).toList());
        boolean invoke = ActivityTypes.INVOKE.equals(turn.getActivity().getType());
        if (reply.replacementCard().isPresent() && cardActivityId == null) {
            // Nothing to update in place: show the new state as a message rather than not at all.
            messages.add(0, cardActivity(reply.replacementCard().get()));
            tags.add(0, null);
        }
        if (!invoke && reply.clickerNotice().isPresent()) {
            // The Action.Submit fallback has no private answer: say it in the conversation instead.
            messages.add(activity(OutgoingMessage.text(reply.clickerNotice().get())));
            tags.add(null);
        }
        if (messages.isEmpty()) {
            return update.thenApply(ignored -> null);
        }
        return update.thenCompose(ignored -> turn.sendActivities(messages))
                .thenAccept(responses -> remember(posted, conversationId, tags, responses));
    }

    /** Where each tagged card landed, so a later click can update it (Teams answers with the new message's id). */
    private static void remember(PostedCards posted, String conversationId, List<String> tags, ResourceResponse[] sent) {
        for (int i = 0; i < tags.size() && sent != null && i < sent.length; i++) {
            if (tags.get(i) != null && sent[i] != null && sent[i].getId() != null) {
                posted.remember(conversationId, tags.get(i), sent[i].getId());
            }
        }
    }

    static Activity activity(OutgoingMessage message) {
        if (message.isCard()) {
            return cardActivity(message.cardJson());
        }
        Activity text = MessageFactory.text(message.text());
        text.setTextFormat(TextFormatTypes.MARKDOWN);
        return text;
    }

    static Activity cardActivity(String cardJson) {
        Attachment attachment = new Attachment();
        attachment.setContentType(ADAPTIVE_CARD);
        attachment.setContent(CardContent.of(cardJson));
        return MessageFactory.attachment(attachment);
    }
}
