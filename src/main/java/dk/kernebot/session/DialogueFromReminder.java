package dk.kernebot.session;

import java.util.Optional;
import java.util.Set;

import dk.kernebot.actionplan.PlanReview;
import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.CardActionHandler;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.Texts;
import dk.kernebot.conversation.ConversationRecord;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.outbox.OutboundMessage;
import dk.kernebot.outbox.Outbox;
import dk.kernebot.questions.Leaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Start dialogsamtalen i chatten" on the yearly reminder a leader gets in their personal chat: the dialogsamtale
 * starts in the chat the handleplan belongs to, with the leader as ordstyrer, and its first card is posted there.
 * Only a leader of that chat may; a second click finds the dialogsamtale open and posts nothing new.
 */
@Component
class DialogueFromReminder implements CardActionHandler {

    static final String VERB = "actionplan.dialogue.start";

    private final PlanReview plans;
    private final Leaders leaders;
    private final ConversationStore conversations;
    private final SessionService sessions;
    private final SessionStore store;
    private final Outbox outbox;
    private final SessionTexts texts;

    DialogueFromReminder(PlanReview plans, Leaders leaders, ConversationStore conversations, SessionService sessions,
                         SessionStore store, Outbox outbox, SessionTexts texts) {
        this.plans = plans;
        this.leaders = leaders;
        this.conversations = conversations;
        this.sessions = sessions;
        this.store = store;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public Set<String> verbs() {
        return Set.of(VERB);
    }

    @Override
    @Transactional
    public Reply handle(ChatContext context, CardAction action) {
        Optional<ConversationRecord> chat = plans.conversationOf(action.string("planId")).flatMap(conversations::find);
        if (chat.isEmpty()) {
            return Reply.notice(texts.t(context.locale(), "dialogsamtale.fromReminder.gone"));
        }
        ConversationRecord group = chat.get();
        if (!leaders.isLeader(group.id(), context.user())) {
            return Reply.notice(texts.t(context.locale(), "dialogsamtale.fromReminder.leadersOnly"));
        }
        // The card goes to the group in the group's language, as if the leader had typed "start dialogsamtale" there.
        ChatContext there = new ChatContext(group.id(), group.conversationType(), group.tenantId(), group.teamId(), null,
                context.user(), null, group.locale() == null ? context.locale() : Texts.fromTag(group.locale()));
        boolean wasOpen = store.open(group.id(), StartDialogueCommand.PROCESS).isPresent();
        Reply started = sessions.start(there, StartDialogueCommand.PROCESS);
        GuidedSession session = store.open(group.id(), StartDialogueCommand.PROCESS).orElseThrow();
        if (!wasOpen) {
            for (OutgoingMessage message : started.messages()) {
                if (message.cardJson() != null) {
                    outbox.enqueue(OutboundMessage.card("dialogue-from-reminder:" + session.id(),
                            new OutboundMessage.Conversation(group.id(), null), message.cardJson()));
                }
            }
        }
        return Reply.notice(texts.t(context.locale(), "dialogsamtale.fromReminder.started"));
    }
}
