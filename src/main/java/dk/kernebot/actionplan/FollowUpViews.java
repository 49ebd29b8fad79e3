package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardText;
import dk.kernebot.cards.CardView;
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

    /** One fact line ("Ansvarlig", "Frist" …) or one count on the leader's card. */
    record Fact(String title, String value) {
    }

    /** Bound to {@code cards/followup-reminder.json}. */
    @CardTemplate("followup-reminder")
    record ReminderCard(String reminderKey, String actionId, String heading, String headingColor, String text,
                        List<Fact> facts, boolean isOpen, boolean isAnswered, String answeredText, String answeredColor,
                        boolean hasAnswerComment, String answerComment, String question, String commentLabel,
                        String commentPlaceholder, String onTrackLabel, String delayedLabel, String doneLabel,
                        String helpLabel) implements CardView {
    }

    /** One overdue action on the leader's card. */
    record Line(String text) {
    }

    /** Bound to {@code cards/followup-leader.json}. */
    @CardTemplate("followup-leader")
    record LeaderCard(String heading, String intro, String statusLabel, List<Fact> counts, boolean hasOverdue,
                      String overdueLabel, List<Line> overdue, boolean hasMoreOverdue, String moreOverdue, String next,
                      String pdfLabel, String pdfUrl, String mdLabel, String mdUrl, boolean hasPathWaiting,
                      String pathWaiting, boolean canStart, String startLabel, String planId) implements CardView {
    }

    /** The leader's card lists this many overdue actions and counts the rest (the PDF has them all). */
    static final int OVERDUE_SHOWN = 10;

    /** @param answer null while the reminder waits for an answer */
    String reminder(Locale locale, String reminderKey, ReminderSchedule.Stage stage, Goal goal, PlanAction action,
                    FollowUpAnswers.Answer answer) {
        String date = views.date(locale, action.due());
        String heading = switch (stage.kind()) {
            case ReminderSchedule.Stage.BEFORE -> views.t(locale, "actionplan.reminder.before", date);
            case ReminderSchedule.Stage.DUE -> views.t(locale, "actionplan.reminder.due", date);
            case ReminderSchedule.Stage.OVERDUE -> views.t(locale, "actionplan.reminder.overdue", date);
            default -> views.t(locale, "actionplan.reminder.checkin", date);
        };
        boolean answered = answer != null;
        boolean commented = answered && answer.comment() != null;
        return renderer.render(new ReminderCard(reminderKey, action.id(), heading,
                ReminderSchedule.Stage.OVERDUE.equals(stage.kind()) ? "Attention" : "Accent",
                CardText.escapeMarkdown(action.text()), facts(views.facts(locale, action, goal)), !answered, answered,
                answered ? answeredText(locale, answer) : "",
                answered && "HELP".equals(answer.answer()) ? "Warning" : "Good",
                commented, commented ? "\"" + CardText.escapeMarkdown(answer.comment()) + "\"" : "",
                views.t(locale, "actionplan.reminder.question", CardText.escapeMarkdown(action.owner().displayName())),
                views.t(locale, "actionplan.reminder.commentLabel"), views.t(locale, "actionplan.reminder.commentPlaceholder"),
                views.t(locale, "actionplan.reminder.onTrackLabel"), views.t(locale, "actionplan.reminder.delayedLabel"),
                views.t(locale, "actionplan.reminder.doneLabel"), views.t(locale, "actionplan.reminder.helpLabel")));
    }

    private static List<Fact> facts(List<ActionCardView.Fact> facts) {
        return facts.stream().map(f -> new Fact(f.title(), f.value())).toList();
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
        String date = views.date(locale, dialogue);
        String kind = qualityConversation ? "quality" : "dialogue";
        List<Fact> counts = new ArrayList<>();
        Arrays.stream(ActionStatus.values()).forEach(s -> counts.add(new Fact(views.status(locale, s),
                String.valueOf(actions.stream().filter(a -> a.status() == s).count()))));
        List<PlanAction> overdue = actions.stream().filter(a -> a.isOverdue(today)).toList();
        counts.add(new Fact(views.t(locale, "actionplan.leader.overdueCount"), String.valueOf(overdue.size())));
        List<Line> overdueLines = overdue.stream().limit(OVERDUE_SHOWN)
                .map(a -> new Line(views.t(locale, "actionplan.leader.overdueLine",
                        CardText.escapeMarkdown(a.text()), CardText.escapeMarkdown(a.owner().displayName()),
                        views.date(locale, a.due()), views.status(locale, a.status()))))
                .toList();
        int rest = overdue.size() - overdueLines.size();
        return renderer.render(new LeaderCard(views.t(locale, "actionplan.leader." + kind + ".heading", date),
                views.t(locale, "actionplan.leader." + kind + ".intro", views.date(locale, views.day(plan.createdAt()))),
                views.t(locale, "actionplan.leader.statusLabel", goals.size(), actions.size()), counts,
                !overdue.isEmpty(), views.t(locale, "actionplan.leader.overdueLabel"), overdueLines,
                rest > 0, views.t(locale, "actionplan.leader.moreOverdue", rest),
                views.t(locale, "actionplan.leader.next"),
                views.t(locale, "actionplan.card.pdfLabel"), links.export(plan, "pdf"),
                views.t(locale, "actionplan.card.mdLabel"), links.export(plan, "md"),
                pathWaiting != null, pathWaiting == null ? "" : pathWaiting,
                // The yearly dialogsamtale runs in the team's chat; one button from here starts it there.
                !qualityConversation, views.t(locale, "actionplan.leader.dialogue.start"), plan.id()));
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
