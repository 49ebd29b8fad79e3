package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardText;
import dk.kernebot.conversation.ConversationRecord;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.institution.InstitutionProfile;
import dk.kernebot.institution.Institutions;
import org.springframework.stereotype.Component;

/** The reminder card (open, or answered) and the leaders' card ahead of the yearly dialogue. */
@Component
class FollowUpViews {

    private final CardRenderer renderer;
    private final PlanViews views;
    private final PlanLinks links;

    private final PathViews path;
    private final ConversationStore conversations;
    private final Institutions institutions;

    FollowUpViews(CardRenderer renderer, PlanViews views, PlanLinks links, PathViews path, ConversationStore conversations,
                  Institutions institutions) {
        this.path = path;
        this.conversations = conversations;
        this.institutions = institutions;
        this.renderer = renderer;
        this.views = views;
        this.links = links;
    }

    /** @param answer null while the reminder waits for an answer */
    String reminder(Locale locale, String reminderKey, ReminderSchedule.Stage stage, Goal goal, PlanAction action,
                    FollowUpAnswers.Answer answer) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reminderKey", reminderKey);
        data.put("actionId", action.id());
        String date = views.date(locale, action.due());
        data.put("heading", switch (stage.kind()) {
            case ReminderSchedule.Stage.BEFORE -> views.t(locale, "actionplan.reminder.before", date);
            case ReminderSchedule.Stage.DUE -> views.t(locale, "actionplan.reminder.due", date);
            case ReminderSchedule.Stage.OVERDUE -> views.t(locale, "actionplan.reminder.overdue", date);
            default -> views.t(locale, "actionplan.reminder.checkin", date);
        });
        data.put("headingColor", ReminderSchedule.Stage.OVERDUE.equals(stage.kind()) ? "Attention" : "Accent");
        data.put("text", CardText.escapeMarkdown(action.text()));
        data.put("facts", views.facts(locale, action, goal));
        boolean answered = answer != null;
        data.put("isOpen", !answered);
        data.put("isAnswered", answered);
        data.put("answeredText", answered ? answeredText(locale, answer) : "");
        data.put("answeredColor", answered && "HELP".equals(answer.answer()) ? "Warning" : "Good");
        data.put("hasAnswerComment", answered && answer.comment() != null);
        data.put("answerComment", answered && answer.comment() != null ? "\"" + CardText.escapeMarkdown(answer.comment()) + "\"" : "");
        data.put("question", views.t(locale, "actionplan.reminder.question", CardText.escapeMarkdown(action.owner().displayName())));
        for (String key : List.of("commentLabel", "commentPlaceholder", "onTrackLabel", "delayedLabel", "doneLabel", "helpLabel")) {
            data.put(key, views.t(locale, "actionplan.reminder." + key));
        }
        return renderer.render("followup-reminder", data);
    }

    String answeredText(Locale locale, FollowUpAnswers.Answer answer) {
        String who = CardText.escapeMarkdown(answer.byName() == null ? "?" : answer.byName());
        String when = views.moment(locale, answer.at());
        return views.t(locale, "actionplan.reminder.answered." + answer.answer(), who, when);
    }

    /** @param dialogue the date of the yearly follow-up dialogue or the quality conversation */
    String leader(Locale locale, Plan plan, boolean qualityConversation, LocalDate dialogue, List<Goal> goals,
                  List<PlanAction> actions, String pathWaiting) {
        LocalDate today = views.today();
        Map<String, Object> data = new LinkedHashMap<>();
        String date = views.date(locale, dialogue);
        String kind = qualityConversation ? "quality" : "dialogue";
        data.put("heading", views.t(locale, "actionplan.leader." + kind + ".heading", date));
        data.put("intro", views.t(locale, "actionplan.leader." + kind + ".intro",
                views.date(locale, views.day(plan.createdAt()))));
        data.put("statusLabel", views.t(locale, "actionplan.leader.statusLabel", goals.size(), actions.size()));
        List<Map<String, String>> counts = new ArrayList<>();
        Arrays.stream(ActionStatus.values()).forEach(s -> counts.add(Map.of("title", views.status(locale, s),
                "value", String.valueOf(actions.stream().filter(a -> a.status() == s).count()))));
        List<PlanAction> overdue = actions.stream().filter(a -> a.isOverdue(today)).toList();
        counts.add(Map.of("title", views.t(locale, "actionplan.leader.overdueCount"), "value", String.valueOf(overdue.size())));
        data.put("counts", counts);
        data.put("hasOverdue", !overdue.isEmpty());
        data.put("overdueLabel", views.t(locale, "actionplan.leader.overdueLabel"));
        data.put("overdue", overdue.stream().map(a -> Map.of("text", views.t(locale, "actionplan.leader.overdueLine",
                CardText.escapeMarkdown(a.text()), CardText.escapeMarkdown(a.owner().displayName()),
                views.date(locale, a.due()), views.status(locale, a.status())))).toList());
        data.put("hasPathWaiting", pathWaiting != null);
        data.put("pathWaiting", pathWaiting == null ? "" : pathWaiting);
        data.put("next", views.t(locale, "actionplan.leader.next"));
        data.put("pdfLabel", views.t(locale, "actionplan.card.pdfLabel"));
        data.put("pdfUrl", links.export(plan, "pdf"));
        data.put("mdLabel", views.t(locale, "actionplan.card.mdLabel"));
        data.put("mdUrl", links.export(plan, "md"));
        return renderer.render("followup-leader", data);
    }

    /** The plan has stood at a step of its way too long: which step it waits for, since when. */
    String pathWaiting(Locale locale, PlanPath.Position position) {
        return views.t(locale, "actionplan.path.waiting", path.stage(locale, position.stage().next().orElseThrow()),
                views.date(locale, position.since()));
    }

    /** The leader's own message about a waiting plan, naming whose plan it is (they may lead several). */
    String pathNudge(Locale locale, Plan plan, PlanPath.Position position) {
        String teamId = conversations.find(plan.conversationId()).map(ConversationRecord::teamId).orElse(null);
        String whose = institutions.forConversation(plan.conversationId(), teamId).map(InstitutionProfile::name)
                .map(CardText::escapeMarkdown)
                .orElseGet(() -> views.t(locale, "actionplan.path.nudgeNoInstitution"));
        return views.t(locale, "actionplan.path.nudge", whose, pathWaiting(locale, position));
    }
}
