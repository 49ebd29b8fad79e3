package dk.kernebot.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.TextFormatTypes;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.chat.Reply;

/** Turns a feature's reply into Teams activities in the conversation the turn came from. */
final class ReplySender {

    static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

    private ReplySender() {
    }

    static CompletableFuture<Void> send(TurnContext turn, Reply reply) {
        CompletableFuture<?> update = CompletableFuture.completedFuture(null);
        String cardActivityId = turn.getActivity().getReplyToId();
        if (reply.replacementCard().isPresent() && cardActivityId != null) {
            Activity replacement = cardActivity(reply.replacementCard().get());
            replacement.setId(cardActivityId);
            update = turn.updateActivity(replacement);
        }
        List<Activity> messages = new ArrayList<>(
                reply.messages().stream().map(ReplySender::activity).toList());
        boolean invoke = ActivityTypes.INVOKE.equals(turn.getActivity().getType());
        if (reply.replacementCard().isPresent() && cardActivityId == null) {
            // Nothing to update in place: show the new state as a message rather than not at all.
            messages.add(0, cardActivity(reply.replacementCard().get()));
        }
        if (!invoke && reply.clickerNotice().isPresent()) {
            // The Action.Submit fallback has no private answer: say it in the conversation instead.
            messages.add(activity(OutgoingMessage.text(reply.clickerNotice().get())));
        }
        if (messages.isEmpty()) {
            return update.thenApply(ignored -> null);
        }
        return update.thenCompose(ignored -> turn.sendActivities(messages)).thenApply(ignored -> null);
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
