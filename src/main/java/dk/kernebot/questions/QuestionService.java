package dk.kernebot.questions;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.kernebot.admin.AdminAudit;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.MemberDirectory;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.UserRef;
import dk.kernebot.conversation.ConversationRecord;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.chat.Texts;
import dk.kernebot.institution.Admins;
import dk.kernebot.outbox.OutboundMessage;
import dk.kernebot.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unresolved questions on their way to the leader and back. Every message to a leader or back to the group goes
 * through the outbox in the same transaction as the state change, so none is lost and none is sent twice.
 * Card actions carry a question id, which is only a claim: the clicker must be a leader of that question's
 * conversation, in the same tenant.
 */
@Service
public class QuestionService {

    static final int MAX_TEXT = 1000;

    /** What became of a raised question, for the message to the group. */
    public record Raised(String questionId, List<String> leaderNames) {
    }

    private final QuestionStore store;
    private final Leaders leaders;
    private final Outbox outbox;
    private final QuestionCards cards;
    private final QuestionSettings settings;
    private final MemberDirectory directory;
    private final Admins admins;
    private final ConversationStore conversations;
    private final Clock clock;
    private final AdminAudit audit;

    QuestionService(QuestionStore store, Leaders leaders, Outbox outbox, QuestionCards cards, QuestionSettings settings,
                    MemberDirectory directory, Admins admins, ConversationStore conversations,
                    Clock clock, AdminAudit audit) {
        this.audit = audit;
        this.conversations = conversations;
        this.store = store;
        this.leaders = leaders;
        this.outbox = outbox;
        this.cards = cards;
        this.settings = settings;
        this.directory = directory;
        this.admins = admins;
        this.clock = clock;
    }

    /** Writes the question down and queues a card to each leader; without leaders it waits for one. */
    @Transactional
    public Raised raise(ChatContext context, RaisedQuestion question) {
        String id = store.insert(context, question, clock.millis() + settings.remindAfter().toMillis());
        Question stored = store.find(id).orElseThrow();
        List<Leader> current = leaders.of(context.conversationId());
        current.forEach(leader -> notifyLeader(context.locale(), stored, leader));
        return new Raised(id, current.stream().map(Leader::name).toList());
    }

    /** Questions of a conversation the leader answered since a moment, oldest answer first. */
    public List<Question> answeredSince(String conversationId, long since) {
        return store.answeredSince(conversationId, since, 10);
    }

    /** The line that tells the group where a raised question went (to whom, or that it waits for a leader). */
    public String raisedNote(ChatContext context, Raised raised) {
        return cards.raisedNote(context, raised);
    }

    /**
     * "spørgsmål &lt;tekst&gt;". Transactional itself: its call to {@link #raise} is a call within this object,
     * which Spring's proxy never sees, so without this the question and the leader's notification were two
     * separate commits, and a crash between them left a question its leader never heard of.
     */
    @Transactional
    public Reply raiseTyped(ChatContext context, String text) {
        String trimmed = text.strip();
        if (trimmed.length() > MAX_TEXT) {
            return Reply.text(cards.text(context.locale(), "questions.tooLong", MAX_TEXT));
        }
        Raised raised = raise(context, new RaisedQuestion(trimmed, QuestionSource.TYPED, null, null));
        return Reply.text(cards.raisedNote(context, raised));
    }

    /** "spørgsmål": this conversation's questions with status and answers. */
    public Reply list(ChatContext context) {
        List<Question> questions = store.inConversation(context.conversationId(), 20);
        return Reply.card(cards.list(context, questions, leaders.of(context.conversationId()),
                q -> notificationFailure(q.id())));
    }

    /**
     * Tells leaders about open questions no leader has heard of: asked while the conversation had none, and since
     * given some by an institution file or link (a leader set in the chat is told at once, in {@link #setLeaders}).
     */
    @Transactional
    public int notifyWaiting() {
        int notified = 0;
        // Per conversation, so the leaders and the language are looked up once however many questions wait there.
        Map<String, List<Question>> byConversation = store.unnotified().stream()
                .collect(Collectors.groupingBy(Question::conversationId, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Question>> waiting : byConversation.entrySet()) {
            List<Leader> current = leaders.of(waiting.getKey());
            if (current.isEmpty()) {
                continue;
            }
            Locale locale = conversations.find(waiting.getKey()).map(ConversationRecord::locale)
                    .map(Texts::fromTag).orElse(Texts.DANISH);
            for (Question question : waiting.getValue()) {
                current.forEach(leader -> notifyLeader(locale, question, leader));
                notified++;
            }
        }
        return notified;
    }

    /** "leder @navn": only a team owner or a configured admin may set leaders. */
    @Transactional
    public Reply setLeaders(ChatContext context) {
        if (!context.isGroup()) {
            return Reply.text(cards.text(context.locale(), "leaders.onlyInGroups"));
        }
        if (context.mentioned().isEmpty()) {
            return Reply.card(cards.leaders(context, leaders.of(context.conversationId()), null));
        }
        if (!maySetLeaders(context)) {
            return Reply.text(cards.text(context.locale(), "leaders.notAllowed"));
        }
        for (UserRef person : context.mentioned()) {
            audit.record(AdminAudit.who(context), "leader.add", "conversation " + context.conversationId() + ", person " + AdminAudit.person(person), context.tenantId());
            if (leaders.add(context, person)) {
                Leader leader = new Leader(context.conversationId(), person.id(), person.aadObjectId(), person.name(), false);
                store.unnotified(context.conversationId()).forEach(q -> notifyLeader(context.locale(), q, leader));
            }
        }
        return Reply.card(cards.leaders(context, leaders.of(context.conversationId()), null));
    }

    /** "leder fjern @navn" */
    @Transactional
    public Reply removeLeaders(ChatContext context) {
        if (!maySetLeaders(context)) {
            return Reply.text(cards.text(context.locale(), "leaders.notAllowed"));
        }
        context.mentioned().forEach(person -> {
            audit.record(AdminAudit.who(context), "leader.remove", "conversation " + context.conversationId() + ", person " + AdminAudit.person(person), context.tenantId());
            leaders.remove(context.conversationId(), person.id());
        });
        List<Leader> remaining = leaders.of(context.conversationId());
        // A leader named by the institution's file stays one; say where that is changed rather than pretend.
        List<String> fromFile = remaining.stream().filter(Leader::fromInstitution)
                .filter(l -> context.mentioned().stream().anyMatch(l::is))
                .map(Leader::name).toList();
        return Reply.card(cards.leaders(context, remaining, fromFile.isEmpty() ? null
                : cards.institutionLeadersStay(context.locale(), fromFile)));
    }

    @Transactional
    public Reply answer(ChatContext context, String questionId, String answer) {
        String text = answer == null ? "" : answer.strip();
        return asLeader(context, questionId, question -> {
            if (text.isEmpty() || text.length() > MAX_TEXT * 4) {
                return Reply.replaceCard(cards.leaderCard(context, question, otherLeaders(question, context),
                        cards.text(context.locale(), "questions.leader.emptyAnswer")));
            }
            if (!store.transition(question.id(), List.of(QuestionStatus.OPEN, QuestionStatus.INVESTIGATING),
                    QuestionStatus.ANSWERED, context.user().name(), text)) {
                return handledAlready(context, question.id());
            }
            Question answered = store.find(question.id()).orElseThrow();
            tellGroup(answered, "answer", cards.answeredMessage(context.locale(), answered));
            return Reply.replaceCard(cards.leaderCard(context, answered, List.of(), null));
        });
    }

    @Transactional
    public Reply investigate(ChatContext context, String questionId) {
        return asLeader(context, questionId, question -> {
            if (!store.transition(question.id(), List.of(QuestionStatus.OPEN), QuestionStatus.INVESTIGATING,
                    context.user().name(), null)) {
                return handledAlready(context, question.id());
            }
            Question investigating = store.find(question.id()).orElseThrow();
            tellGroup(investigating, "investigating", cards.investigatingMessage(context.locale(), investigating));
            return Reply.replaceCard(cards.leaderCard(context, investigating, otherLeaders(investigating, context.user()), null));
        });
    }

    @Transactional
    public Reply reject(ChatContext context, String questionId, String reason) {
        String text = reason == null ? "" : reason.strip();
        return asLeader(context, questionId, question -> {
            if (text.isEmpty() || text.length() > MAX_TEXT) {
                return Reply.replaceCard(cards.leaderCard(context, question, otherLeaders(question, context),
                        cards.text(context.locale(), "questions.leader.emptyReason")));
            }
            if (!store.transition(question.id(), List.of(QuestionStatus.OPEN, QuestionStatus.INVESTIGATING),
                    QuestionStatus.REJECTED, context.user().name(), text)) {
                return handledAlready(context, question.id());
            }
            Question rejected = store.find(question.id()).orElseThrow();
            tellGroup(rejected, "rejected", cards.rejectedMessage(context.locale(), rejected));
            return Reply.replaceCard(cards.leaderCard(context, rejected, List.of(), null));
        });
    }

    @Transactional
    public Reply forward(ChatContext context, String questionId, String toUserId) {
        return asLeader(context, questionId, question -> {
            Optional<Leader> target = otherLeaders(question, context.user()).stream()
                    .filter(l -> l.key().equals(toUserId))
                    .findFirst();
            if (target.isEmpty()) {
                return Reply.replaceCard(cards.leaderCard(context, question, otherLeaders(question, context),
                        cards.text(context.locale(), "questions.leader.chooseLeader")));
            }
            if (!store.assign(question.id(), target.get().key(), target.get().name())) {
                return handledAlready(context, question.id());
            }
            Question forwarded = store.find(question.id()).orElseThrow();
            outbox.enqueue(OutboundMessage.card("question:" + question.id() + ":forward:" + target.get().key()
                            + ":" + clock.millis(),
                    new OutboundMessage.Person(target.get().userId(), target.get().aadId(), target.get().name(),
                            question.conversationId()),
                    cards.leaderCard(context, forwarded, otherLeaders(forwarded, target.get().key()), null)));
            return Reply.replaceCard(cards.forwardedCard(context, forwarded));
        });
    }

    /** "Åbn" on the "mine spørgsmål" list: the question's card again, to act on. */
    public Reply open(ChatContext context, String questionId) {
        return asLeader(context, questionId, question -> Reply.card(
                cards.leaderCard(context, question, otherLeaders(question, context.user()), null)));
    }

    /** Reminds leaders of questions that have waited too long: once after the set time, then weekly. */
    @Transactional
    public int sendDueReminders() {
        long now = clock.millis();
        int sent = 0;
        for (Question question : store.dueReminders(now)) {
            if (!store.advanceReminder(question, now + QuestionSettings.REMIND_AGAIN.toMillis())) {
                continue;
            }
            for (Leader leader : leadersFor(question)) {
                outbox.enqueue(OutboundMessage.card(
                        "question:" + question.id() + ":reminder:" + (question.remindersSent() + 1) + ":" + leader.key(),
                        new OutboundMessage.Person(leader.userId(), leader.aadId(), leader.name(), question.conversationId()),
                        cards.reminderCard(question, otherLeaders(question, leader.key()))));
                sent++;
            }
        }
        return sent;
    }

    private List<Leader> leadersFor(Question question) {
        List<Leader> all = leaders.of(question.conversationId());
        if (question.assignedToId() == null) {
            return all;
        }
        return all.stream().filter(l -> l.key().equals(question.assignedToId())).toList();
    }

    private void notifyLeader(Locale locale, Question question, Leader leader) {
        outbox.enqueue(OutboundMessage.card("question:" + question.id() + ":notify:" + leader.key(),
                new OutboundMessage.Person(leader.userId(), leader.aadId(), leader.name(), question.conversationId()),
                cards.leaderCard(locale, question, otherLeaders(question, leader.key()), null)));
    }

    private void tellGroup(Question question, String what, String text) {
        outbox.enqueue(OutboundMessage.text("question:" + question.id() + ":" + what,
                new OutboundMessage.Conversation(question.conversationId(), question.threadId()),
                text, new OutboundMessage.Mention(question.askedById(), question.askedByName())));
    }

    private Reply asLeader(ChatContext context, String questionId, Function<Question, Reply> action) {
        Optional<Question> question = store.find(questionId);
        boolean allowed = question.isPresent()
                && leaders.isLeader(question.get().conversationId(), context.user())
                && (question.get().tenantId() == null || question.get().tenantId().equals(context.tenantId()));
        if (!allowed) {
            return Reply.notice(cards.text(context.locale(), "questions.leader.notYours"));
        }
        return action.apply(question.get());
    }

    private Reply handledAlready(ChatContext context, String questionId) {
        Question now = store.find(questionId).orElseThrow();
        return Reply.notice(cards.text(context.locale(), "questions.leader.handled",
                now.handledByName() == null ? "?" : now.handledByName()));
    }

    private List<Leader> otherLeaders(Question question, ChatContext context) {
        return otherLeaders(question, context.user());
    }

    /** The question's leaders other than this user, whether they lead it by Teams id or through the institution. */
    private List<Leader> otherLeaders(Question question, UserRef user) {
        return leaders.of(question.conversationId()).stream().filter(l -> !l.is(user)).toList();
    }

    private List<Leader> otherLeaders(Question question, String leaderKey) {
        return leaders.of(question.conversationId()).stream().filter(l -> !l.key().equals(leaderKey)).toList();
    }

    private boolean maySetLeaders(ChatContext context) {
        UserRef user = context.user();
        if (admins.isAdmin(context)) {
            return true;
        }
        return context.teamId() != null && directory.isTeamOwner(context.conversationId(), context.teamId(), user.id());
    }

    /** Why no leader has the question, if every try failed for good: "unreachable" or "failed"; else null. */
    private String notificationFailure(String questionId) {
        return outbox.failure("question:" + questionId + ":notify:").orElse(null);
    }
}
