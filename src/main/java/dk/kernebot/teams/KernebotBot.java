package dk.kernebot.teams;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import dk.kernebot.cardsize.MessageSizeGuard;
import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.CardActionRouter;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.PostedCards;
import dk.kernebot.outbox.Outbox;
import dk.kernebot.chat.CommandRouter;
import dk.kernebot.chat.ConversationType;
import dk.kernebot.chat.MeetingEvent;
import dk.kernebot.chat.MeetingEventHandler;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.Texts;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.conversation.ProcessedActivities;
import dk.kernebot.help.HelpCards;
import dk.kernebot.help.Welcome;
import dk.kernebot.privacy.ConversationRemovals;
import dk.kernebot.privacy.CprGuard;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place where Teams activities meet features: it remembers the conversation, greets new ones, routes
 * typed commands and card clicks, and turns every failure into a friendly message instead of a stack trace.
 */
@Component
class KernebotBot extends ActivityHandler {

    static final String CARD_ACTION_INVOKE = "adaptiveCard/action";
    /** A card button that runs a typed command, e.g. {"verb": "command", "command": "kort"}. */
    static final String COMMAND_VERB = "command";

    private static final Logger log = LoggerFactory.getLogger(KernebotBot.class);

    private final BotSettings settings;
    private final ConversationStore conversations;
    private final CommandRouter commands;
    private final CardActionRouter cardActions;
    private final Welcome welcome;
    private final HelpCards helpCards;
    private final Texts texts;
    private final ProcessedActivities processed;
    private final MeterRegistry metrics;
    private final Outbox outbox;
    private final PostedCards posted;

    private final Optional<MeetingEventHandler> meetingEvents;
    private final CprGuard cpr;
    private final ConversationRemovals removals;
    private final MessageSizeGuard sizeGuard;

    KernebotBot(BotSettings settings, ConversationStore conversations, CommandRouter commands,
                CardActionRouter cardActions, Welcome welcome, HelpCards helpCards, Texts texts,
                ProcessedActivities processed, MeterRegistry metrics, Outbox outbox, PostedCards posted,
                org.springframework.beans.factory.ObjectProvider<MeetingEventHandler> meetingEvents, CprGuard cpr,
                ConversationRemovals removals, MessageSizeGuard sizeGuard) {
        this.sizeGuard = sizeGuard;
        this.cpr = cpr;
        this.removals = removals;
        this.outbox = outbox;
        this.posted = posted;
        this.meetingEvents = Optional.ofNullable(meetingEvents.getIfAvailable());
        this.processed = processed;
        this.metrics = metrics;
        this.settings = settings;
        this.conversations = conversations;
        this.commands = commands;
        this.cardActions = cardActions;
        this.welcome = welcome;
        this.helpCards = helpCards;
        this.texts = texts;
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        Activity activity = turn.getActivity();
        String tenant = Activities.tenantId(activity);
        if (!settings.tenantAllowed(tenant)) {
            throw new TenantRefusedException(tenant);
        }
        metrics.counter("kernebot.activities", "type", ActivityTypeTag.of(activity.getType())).increment();
        conversations.remember(Activities.reference(activity));
        ChatContext context = Activities.context(activity);
        if (context.conversationType() == ConversationType.PERSONAL && !context.user().id().isEmpty()
                && conversations.rememberPersonalChat(context.user().id(), context.user().aadObjectId(),
                        context.conversationId())) {
            // Someone the bot could not find before (an institution's leader) may now be reached.
            outbox.reviveUnreachable(context.user().aadObjectId());
        }
        String activityId = activity.getId();
        if (processed.alreadyHandled(activityId, context.conversationId())) {
            // Teams redelivered something we already answered: answer nothing new.
            log.info("Ignoring a redelivered {} activity", activity.getType());
            return ActivityTypes.INVOKE.equals(activity.getType())
                    ? finishedOnThisThread(turn.sendActivity(invokeResponseActivity(Reply.none())).thenApply(ignored -> null))
                    : CompletableFuture.completedFuture(null);
        }
        return finishedOnThisThread(super.onTurn(turn).thenRun(() -> processed.handled(activityId, context.conversationId())));
    }

    /**
     * The SDK's processActivity closes the turn's state as soon as it has built its future chain, not when the
     * chain completes; a turn that continues on an HTTP client thread then writes its invoke response into a map
     * that is being iterated (ConcurrentModificationException, a 500). Finishing the turn here, on the request
     * thread that waits for it anyway, keeps every write to the turn state before that close.
     */
    private static CompletableFuture<Void> finishedOnThisThread(CompletableFuture<?> turnWork) {
        try {
            turnWork.join();
            return CompletableFuture.completedFuture(null);
        } catch (java.util.concurrent.CompletionException e) {
            return CompletableFuture.failedFuture(e.getCause() == null ? e : e.getCause());
        }
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        ChatContext context = Activities.context(activity);
        if (activity.getValue() != null) {
            Optional<CardAction> action = CardActions.fromSubmitValue(activity.getValue());
            return ReplySender.send(posted, turn,
                    safely(context, () -> inTeamsLanguage(activity, context, handleCardAction(context, action))));
        }
        return ReplySender.send(posted, turn,
                safely(context, () -> inTeamsLanguage(activity, context, handleText(context, CommandText.of(activity)))));
    }

    @Override
    protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (!CARD_ACTION_INVOKE.equals(activity.getName())) {
            return super.onInvokeActivity(turn);
        }
        ChatContext context = Activities.context(activity);
        Optional<CardAction> action = CardActions.fromInvokeValue(activity.getValue());
        Reply reply = safely(context, () -> inTeamsLanguage(activity, context, handleCardAction(context, action)));
        return ReplySender.send(posted, turn, reply).thenApply(ignored -> invokeResponse(reply));
    }

    /** Teams' meeting start and end events; every other event is ignored quietly. */
    @Override
    protected CompletableFuture<Void> onEventActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        Optional<MeetingEvent> event = MeetingEvents.from(activity);
        if (event.isEmpty() || meetingEvents.isEmpty()) {
            log.info("Ignoring an event activity named {}", activity.getName());
            return CompletableFuture.completedFuture(null);
        }
        ChatContext context = Activities.context(activity);
        return ReplySender.send(posted, turn, safely(context, () -> meetingEvents.get().handle(context, event.get())));
    }

    @Override
    protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        ChannelAccount bot = activity.getRecipient();
        if (bot != null && isAmong(bot, activity.getMembersRemoved())) {
            return botRemoved(turn);
        }
        return bot != null && isAmong(bot, activity.getMembersAdded()) ? greet(turn) : CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turn) {
        return greet(turn);
    }

    @Override
    protected CompletableFuture<Void> onInstallationUpdateRemove(TurnContext turn) {
        return botRemoved(turn);
    }

    private static boolean isAmong(ChannelAccount bot, List<ChannelAccount> members) {
        return members != null && members.stream().anyMatch(m -> m != null && bot.getId().equals(m.getId()));
    }

    /** Added (again): a pending deletion of the conversation's data is called off, then the welcome, once. */
    private CompletableFuture<Void> greet(TurnContext turn) {
        ChatContext context = Activities.context(turn.getActivity());
        return ReplySender.send(posted, turn, safely(context, () -> {
            removals.botAdded(context);
            return inTeamsLanguage(turn.getActivity(), context, welcome.greetOnce(context).orElse(Reply.none()));
        }));
    }

    /** An activity that names its language rewrites a welcome that went out in another one on a guess. */
    private Reply inTeamsLanguage(Activity activity, ChatContext context, Reply reply) {
        if (activity.getLocale() == null || activity.getLocale().isBlank()) {
            return reply;
        }
        return welcome.inTheLanguageTeamsNamed(context)
                .map(update -> reply.alsoUpdate(update.tag(), update.cardJson()))
                .orElse(reply);
    }

    /** The bot can no longer write here; the conversation's data is deleted after the grace period. */
    private CompletableFuture<Void> botRemoved(TurnContext turn) {
        ChatContext context = Activities.context(turn.getActivity());
        safely(context, () -> {
            removals.botRemoved(context);
            return Reply.none();
        });
        return CompletableFuture.completedFuture(null);
    }

    private Reply handleText(ChatContext context, String text) {
        if (text.isEmpty()) {
            return Reply.card(helpCards.help(context, null));
        }
        Optional<Reply> refused = cpr.checkTyped(context, text);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<CommandRouter.Suggestion> meant = commands.suggestion(text);
        if (meant.isPresent()) {
            return Reply.card(helpCards.didYouMean(context, text, meant.get().commandText()));
        }
        return commands.route(text)
                .map(match -> match.command().handle(context, match.arguments()))
                .orElseGet(() -> Reply.card(helpCards.help(context, text)));
    }

    private Reply handleCardAction(ChatContext context, Optional<CardAction> parsed) {
        if (parsed.isEmpty() || parsed.get().verb() == null) {
            return Reply.card(helpCards.unknownAction(context));
        }
        CardAction action = parsed.get();
        Optional<Reply> refused = cpr.checkClick(context, action);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (COMMAND_VERB.equals(action.verb())) {
            String command = action.string("command");
            return command == null || command.isBlank()
                    ? Reply.card(helpCards.unknownAction(context))
                    : handleText(context, command);
        }
        return cardActions.route(action.verb())
                .map(handler -> handler.handle(context, action))
                .orElseGet(() -> Reply.card(helpCards.unknownAction(context)));
    }

    /**
     * A feature failing must never show a stack trace in the chat, nor lose what was saved before it failed; and
     * what it answers goes out in a size Teams accepts.
     */
    private Reply safely(ChatContext context, java.util.function.Supplier<Reply> work) {
        try {
            return sizeGuard.fit(context, work.get());
        } catch (RuntimeException e) {
            metrics.counter("kernebot.activity.errors").increment();
            log.error("Handling an activity failed", e);
            return Reply.text(texts.get(context.locale(), "error.generic"));
        }
    }

    private static Activity invokeResponseActivity(Reply reply) {
        Activity response = new Activity(ActivityTypes.INVOKE_RESPONSE);
        response.setValue(invokeResponse(reply));
        return response;
    }

    /**
     * Action.Execute expects a card or a message in the invoke response; a replacement card updates the clicked
     * card in place.
     */
    private static InvokeResponse invokeResponse(Reply reply) {
        Map<String, Object> body = reply.replacementCard()
                .<Map<String, Object>>map(card -> Map.of(
                        "statusCode", 200,
                        "type", ReplySender.ADAPTIVE_CARD,
                        "value", CardContent.of(card)))
                .orElseGet(() -> Map.of(
                        "statusCode", 200,
                        "type", "application/vnd.microsoft.activity.message",
                        "value", reply.clickerNotice().orElse("")));
        return new InvokeResponse(200, body);
    }
}
