package dk.kernebot.actionplan;

import java.util.List;
import java.util.Locale;

import dk.kernebot.cards.CardText;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.ConversationType;
import dk.kernebot.chat.Texts;
import dk.kernebot.chat.UserRef;
import dk.kernebot.conversation.ConversationRecord;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.questions.QuestionService;
import dk.kernebot.questions.RaisedQuestion;
import dk.kernebot.questions.QuestionSource;
import org.springframework.stereotype.Component;

/**
 * Takes an action to the leader as a question (the questions feature's way to the leader and back): when its owner
 * asks for help, and when it is long overdue. The question belongs to the plan's conversation, wherever the click
 * came from, so the leader's answer reaches the group.
 */
@Component
class Escalations {

    private final QuestionService questions;
    private final ConversationStore conversations;
    private final PlanViews views;

    Escalations(QuestionService questions, ConversationStore conversations, PlanViews views) {
        this.questions = questions;
        this.conversations = conversations;
        this.views = views;
    }

    /** @return the names of the leaders it reached (empty: the conversation has none yet, and it waits for one) */
    List<String> help(Plan plan, Goal goal, PlanAction action, UserRef asking, String comment) {
        Locale locale = locale(plan);
        String text = views.t(locale, "actionplan.escalation.help", name(asking), CardText.escapeMarkdown(action.text()),
                views.date(locale, action.due()));
        if (comment != null && !comment.isBlank()) {
            text = text + " " + views.t(locale, "actionplan.escalation.comment", CardText.escapeMarkdown(comment));
        }
        return raise(plan, goal, action, asking, text);
    }

    void longOverdue(Plan plan, Goal goal, PlanAction action, long daysOver) {
        Locale locale = locale(plan);
        String text = views.t(locale, "actionplan.escalation.overdue", CardText.escapeMarkdown(action.text()), daysOver,
                views.date(locale, action.due()), name(action.owner()), views.status(locale, action.status()));
        raise(plan, goal, action, action.owner(), text);
    }

    private List<String> raise(Plan plan, Goal goal, PlanAction action, UserRef asking, String text) {
        ConversationRecord conversation = conversations.find(plan.conversationId()).orElse(null);
        ChatContext context = new ChatContext(plan.conversationId(),
                conversation == null ? ConversationType.GROUP_CHAT : conversation.conversationType(), plan.tenantId(),
                conversation == null ? null : conversation.teamId(), null, asking, List.of(), locale(plan));
        String source = views.t(locale(plan), "actionplan.escalation.source", goal.position(),
                CardText.shorten(goal.text(), 200));
        return questions.raise(context, new RaisedQuestion(text, QuestionSource.ACTION_PLAN, action.id(), source))
                .leaderNames();
    }

    Locale locale(Plan plan) {
        return conversations.find(plan.conversationId()).map(c -> Texts.fromTag(c.locale())).orElse(Texts.DANISH);
    }

    private static String name(UserRef user) {
        return CardText.escapeMarkdown(user.displayName());
    }
}
