package dk.kernebot.actionplan;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dk.kernebot.conversation.ConversationRecord;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.institution.InstitutionProfile;
import dk.kernebot.institution.Institutions;
import org.springframework.stereotype.Component;

/** Gathers a plan into the export's plain form, with statuses and tags in the reader's words. */
@Component
class PlanExportAssembler {

    private final PlanStore plans;
    private final ActionStore actions;
    private final PlanViews views;
    private final Institutions institutions;
    private final ConversationStore conversations;

    PlanExportAssembler(PlanStore plans, ActionStore actions, PlanViews views, Institutions institutions,
                        ConversationStore conversations) {
        this.plans = plans;
        this.actions = actions;
        this.views = views;
        this.institutions = institutions;
        this.conversations = conversations;
    }

    PlanExport export(Plan plan, Locale locale) {
        List<PlanAction> all = actions.inPlan(plan.id());
        String teamId = conversations.find(plan.conversationId()).map(ConversationRecord::teamId).orElse(null);
        String institution = institutions.forConversation(plan.conversationId(), teamId)
                .map(InstitutionProfile::name).orElse(null);
        List<GoalExport> goals = plans.goals(plan.id()).stream().map(goal -> new GoalExport(goal.text(),
                goal.agendaPoint(),
                goal.qualityType(), goal.capital(),
                all.stream().filter(a -> a.goalId().equals(goal.id())).map(a -> action(a, locale)).toList())).toList();
        // The export's date is the plan's own: the day of the quality conversation it came from.
        return new PlanExport(views.t(locale, "actionplan.card.title"), institution, views.day(plan.createdAt()), goals);
    }

    String fileName(PlanExport export, Locale locale) {
        return "handleplan-" + export.date();
    }

    private ActionExport action(PlanAction action, Locale locale) {
        List<StatusChange> history = actions.history(action.id()).stream()
                .map(h -> new StatusChange(Instant.ofEpochMilli(h.at()), h.byName(), h.newStatus().name(),
                        HistoryEntry.HELP.equals(h.kind()) ? help(locale, h.comment()) : h.comment()))
                .toList();
        return new ActionExport(action.text(), action.owner().displayName(), action.due(), action.status().name(), history);
    }

    /** Asking the leader for help changes no status; the export shows it in the comment. */
    private String help(Locale locale, String comment) {
        String asked = views.t(locale, "actionplan.history.helpStatus");
        return comment == null ? asked : asked + ": " + comment;
    }
}
