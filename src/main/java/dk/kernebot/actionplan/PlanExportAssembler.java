package dk.kernebot.actionplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.kernebot.chat.Texts;
import dk.kernebot.conversation.ConversationRecord;
import dk.kernebot.conversation.ConversationStore;
import dk.kernebot.institution.InstitutionProfile;
import dk.kernebot.institution.Institutions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Gathers a plan into the export's plain form, with statuses and tags in the reader's words. */
@Component
class PlanExportAssembler {

    private final PlanStore plans;
    private final ActionStore actions;
    private final PlanViews views;
    private final Institutions institutions;
    private final ConversationStore conversations;
    private final PlanPath path;
    private final GoalHistory goalHistory;
    private final PlanParticipants participants;
    private final ObjectProvider<SessionSections> sections;

    PlanExportAssembler(PlanStore plans, ActionStore actions, PlanViews views, Institutions institutions,
                        ConversationStore conversations, PlanPath path, GoalHistory goalHistory,
                        PlanParticipants participants, ObjectProvider<SessionSections> sections) {
        this.sections = sections;
        this.participants = participants;
        this.goalHistory = goalHistory;
        this.plans = plans;
        this.actions = actions;
        this.views = views;
        this.institutions = institutions;
        this.conversations = conversations;
        this.path = path;
    }

    /** The plan's own language: its conversation's, whatever browser downloads it. */
    Locale locale(Plan plan) {
        return conversations.find(plan.conversationId()).map(c -> Texts.fromTag(c.locale())).orElse(Texts.DANISH);
    }

    PlanExport export(Plan plan, Locale locale) {
        // Three queries for the whole plan, whatever its size: its actions, their histories and the goals'.
        Map<String, List<PlanAction>> byGoal = actions.inPlan(plan.id()).stream()
                .collect(Collectors.groupingBy(PlanAction::goalId, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<HistoryEntry>> histories = actions.historyOfPlan(plan.id());
        Map<String, List<GoalChange>> goalChanges = goalHistory.ofPlan(plan.id());
        String teamId = conversations.find(plan.conversationId()).map(ConversationRecord::teamId).orElse(null);
        String institution = institutions.forConversation(plan.conversationId(), teamId)
                .map(InstitutionProfile::name).orElse(null);
        List<Goal> planGoals = plans.goals(plan.id());
        List<GoalExport> goals = planGoals.stream().map(goal -> new GoalExport(goal.text(),
                views.agendaPoint(locale, goal),
                goal.qualityType(), goal.capital(),
                byGoal.getOrDefault(goal.id(), List.of()).stream()
                        .map(a -> action(a, histories.getOrDefault(a.id(), List.of()))).toList(),
                goalChanges.getOrDefault(goal.id(), List.of()), goal.isClosed())).toList();
        // The heading reads "Handleplan: <title>"; the title names where the plan came from, not "Handleplan" again.
        String date = views.date(locale, views.day(plan.createdAt()));
        String title = plan.sessionId() == null ? views.t(locale, "actionplan.export.titlePlain", date)
                : processTitle(plan.sessionId(), locale)
                        .map(process -> views.t(locale, "actionplan.export.titleFromProcess", process, date))
                        .orElseGet(() -> views.t(locale, "actionplan.export.titleFromSession", date));
        // The export's date is the plan's own: the day of the quality conversation it came from.
        return new PlanExport(title, institution, views.day(plan.createdAt()), goals, path(plan), participants.of(plan),
                sections(plan, planGoals, locale));
    }

    /** A læreplan evaluation's plan is not named after a kvalitetssamtale: the heading says what the plan came from. */
    private Optional<String> processTitle(String sessionId, Locale locale) {
        SessionSections source = sections.getIfAvailable();
        return source == null ? Optional.empty() : source.title(sessionId, locale);
    }

    /** What the sessions the plan came from wrote to be published with it: the plan's own first, then its goals'. */
    private List<ExportSection> sections(Plan plan, List<Goal> goals, Locale locale) {
        java.util.LinkedHashSet<String> sessions = new java.util.LinkedHashSet<>();
        if (plan.sessionId() != null) {
            sessions.add(plan.sessionId());
        }
        goals.stream().map(Goal::sessionId).filter(java.util.Objects::nonNull).forEach(sessions::add);
        SessionSections source = sections.getIfAvailable();
        return source == null || sessions.isEmpty() ? List.of() : source.of(List.copyOf(sessions), locale);
    }

    String fileName(PlanExport export, Locale locale) {
        return "handleplan-" + export.date();
    }

    private List<PathStepExport> path(Plan plan) {
        PlanPath.Position position = path.position(plan);
        List<PathStepExport> steps = new ArrayList<>();
        steps.add(new PathStepExport(PathStage.DRAFTED.name(), views.day(plan.createdAt()), null, null));
        for (PathStage stage : PathStage.values()) {
            if (stage == PathStage.DRAFTED) {
                continue;
            }
            Optional<PathEvent> event = position.events().stream().filter(e -> e.pathStage() == stage).findFirst();
            steps.add(event.map(e -> new PathStepExport(stage.name(), e.day(), e.byName(), e.note()))
                    .orElseGet(() -> new PathStepExport(stage.name(), null, null, null)));
        }
        return steps;
    }

    private static ActionExport action(PlanAction action, List<HistoryEntry> changes) {
        List<StatusChange> history = changes.stream()
                .map(h -> new StatusChange(Instant.ofEpochMilli(h.at()), h.byName(), h.kind(), h.from(), h.to(),
                        h.comment()))
                .toList();
        return new ActionExport(action.text(), action.owner().displayName(), action.due(), action.status().name(), history);
    }
}
