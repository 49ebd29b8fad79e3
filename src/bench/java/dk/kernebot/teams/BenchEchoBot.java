package dk.kernebot.teams;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The benchmark's floor (scripts/bench.sh): a bare SDK echo bot behind the same controller, adapter and Bot
 * Connector client as the real bot, with no features and no database. It exists only with
 * {@code kernebot.bench.echo=true}; a message is echoed back with one connector call, a card click updates the
 * clicked card with one connector call and answers the invoke, so each activity costs the same I/O as in the
 * real bot.
 */
@Component
@Primary
@ConditionalOnProperty(name = "kernebot.bench.echo", havingValue = "true")
class BenchEchoBot extends ActivityHandler {

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        // As KernebotBot: finish the turn on the request thread (the SDK closes the turn state early).
        try {
            super.onTurn(turn).join();
            return CompletableFuture.completedFuture(null);
        } catch (CompletionException e) {
            return CompletableFuture.failedFuture(e.getCause() == null ? e : e.getCause());
        }
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        String text = turn.getActivity().getText();
        return turn.sendActivity(MessageFactory.text("Echo: " + (text == null ? "" : text))).thenApply(ignored -> null);
    }

    @Override
    protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        InvokeResponse response = new InvokeResponse(200, Map.of("statusCode", 200,
                "type", "application/vnd.microsoft.activity.message", "value", "Echo: " + activity.getName()));
        if (activity.getReplyToId() == null) {
            return CompletableFuture.completedFuture(response);
        }
        Activity update = MessageFactory.text("Echo: " + activity.getName());
        update.setId(activity.getReplyToId());
        return turn.updateActivity(update).thenApply(ignored -> response);
    }
}
