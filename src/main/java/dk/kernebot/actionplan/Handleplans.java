package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.cards.CardText;
import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.chat.UserRef;
import dk.kernebot.conversation.ConversationRecord;
import dk.kernebot.conversation.ConversationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A conversation's handleplan: its goals and their actions. The quality conversation ends here
 * ({@link #addGoalsFromSession}); people add and change goals and actions by command and on the plan card.
 * Input is checked completely before anything is saved, so a bad date or a missing owner saves nothing.
 */
@Service
public class Handleplans {

    private final PlanStore plans;
    private final ActionStore actions;
    private final People people;
    private final PlanViews views;
    private final Permissions permissions;
    private final FollowUpPlanner planner;
    private final ConversationStore conversations;

    private final PlanLinks links;
    private final PlanPath path;
    private final GoalHistory history;
    private final PlanParticipants participants;
    private final PlanPages pages;
    private final PlanCard card;

    Handleplans(PlanStore plans, ActionStore actions, People people, PlanViews views, Permissions permissions,
                FollowUpPlanner planner, ConversationStore conversations, PlanLinks links, PlanPath path,
                GoalHistory history, PlanParticipants participants, PlanPages pages, PlanCard card) {
        this.pages = pages;
        this.card = card;
        this.history = history;
        this.participants = participants;
        this.links = links;
        this.path = path;
        this.plans = plans;
        this.actions = actions;
        this.people = people;
        this.views = views;
        this.permissions = permissions;
        this.planner = planner;
        this.conversations = conversations;
    }

    /**
     * Creates the conversation's handleplan if it has none, adds these goals, returns the plan id. Idempotent per
     * session: goals this session has handed over already are not added again.
     */
    @Transactional
    public String addGoalsFromSession(String conversationId, String sessionId, List<GoalDraft> goals, UserRef by) {
        return addGoalsFromSession(conversationId, sessionId, goals, by, List.of());
    }

    /** The same, and who took part (by name and role, also those without Teams), for the export. */
    @Transactional
    public String addGoalsFromSession(String conversationId, String sessionId, List<GoalDraft> goals, UserRef by,
                                      List<SessionPerson> people) {
        String tenant = conversations.find(conversationId).map(ConversationRecord::tenantId).orElse(null);
        Plan plan = plans.ensure(conversationId, tenant, sessionId, by);
        for (int i = 0; i < goals.size(); i++) {
            GoalDraft draft = goals.get(i);
            String text = Limits.clean(draft.text());
            if (text.isEmpty()) {
                continue;
            }
            String agenda = Limits.clean(draft.agendaPoint());
            // The goal's place in the session's hand-over and its words are its key: handed over twice, it is added once.
            Optional<Goal> added = plans.addGoal(plan.id(), CardText.shorten(text, Limits.MAX_TEXT),
                    agenda.isEmpty() ? null : CardText.shorten(agenda, Limits.MAX_AGENDA_POINT),
                    GoalTags.qualityType(draft.qualityType()), GoalTags.capital(draft.capital()), sessionId,
                    by == null ? null : by.name(), sourceKey(sessionId, i, text));
            if (added.isEmpty()) {
                continue;
            }
            Goal goal = added.get();
            GoalDraft.Agreement agreed = draft.agreement();
            if (agreed != null) {
                history.add(goal.id(), agreed.proposedText() == null ? GoalChange.AGREED : GoalChange.REWORDED,
                        agreed.by(), agreed.proposedText(), goal.text(), null, agreed.at());
            }
        }
        if (!people.isEmpty()) {
            participants.record(plan.id(), sessionId, people);
        }
        planner.planLeaders(plan);
        return plan.id();
    }

    /** "session:&lt;id&gt;:&lt;place&gt;:&lt;digest of the words&gt;"; null without a session (nothing to repeat). */
    private static String sourceKey(String sessionId, int place, String text) {
        if (sessionId == null) {
            return null;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "session:" + CardText.shorten(sessionId, 100) + ":" + place + ":"
                    + java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** "handleplan": the plan card (or how to start one). */
    Reply show(ChatContext context) {
        Plan plan = plans.forConversation(context.conversationId()).orElse(null);
        if (plan != null) {
            // Asking for the plan again gives fresh download links and ends the ones shown before.
            links.renew(plan);
        }
        return Reply.card(planCard(context, plan, PlanViews.Note.none()));
    }

    /** "mål &lt;tekst&gt;" */
    @Transactional
    Reply addGoalTyped(ChatContext context, String arguments) {
        Locale locale = context.locale();
        String text = Limits.clean(arguments);
        if (text.isEmpty()) {
            return Reply.text(views.t(locale, "actionplan.goal.how"));
        }
        if (text.length() > Limits.MAX_TEXT) {
            return Reply.text(views.t(locale, "actionplan.tooLong", Limits.MAX_TEXT));
        }
        Goal goal = addGoal(context, text, null, null, null);
        return Reply.text(views.t(locale, "actionplan.goal.added", goal.position(), text));
    }

    /** "Tilføj mål" on the plan card: the card is replaced by the updated plan. */
    @Transactional
    Reply addGoalFromCard(ChatContext context, CardAction action) {
        Locale locale = context.locale();
        Optional<Plan> existing = plans.forConversation(context.conversationId());
        if (!sameplan(action, existing)) {
            return Reply.notice(views.t(locale, "actionplan.notThisConversation"));
        }
        String text = Limits.clean(action.string("goalText"));
        String agenda = Limits.clean(action.string("agendaPoint"));
        String problem = text.isEmpty() ? views.t(locale, "actionplan.goal.empty")
                : text.length() > Limits.MAX_TEXT || agenda.length() > Limits.MAX_AGENDA_POINT
                ? views.t(locale, "actionplan.tooLong", Limits.MAX_TEXT) : null;
        if (problem != null) {
            return Reply.replaceCard(planCard(context, existing.orElse(null), PlanViews.Note.error(problem)));
        }
        Goal goal = addGoal(context, text, agenda.isEmpty() ? null : agenda,
                GoalTags.qualityType(action.string("qualityType")), GoalTags.capital(action.string("capital")));
        Plan plan = plans.find(goal.planId()).orElseThrow();
        return Reply.replaceCard(planCard(context, plan,
                PlanViews.Note.info(views.t(locale, "actionplan.goal.added", goal.position(), text))));
    }

    /** "handling &lt;tekst&gt; ansvarlig @navn frist &lt;dato&gt; [til mål 2]" */
    @Transactional
    Reply addActionTyped(ChatContext context, String arguments) {
        Locale locale = context.locale();
        ActionCommandParser.Parsed parsed = ActionCommandParser.parse(arguments);
        Optional<Plan> plan = plans.forConversation(context.conversationId());
        List<Goal> goals = plan.map(p -> plans.goals(p.id())).orElse(List.of());
        if (parsed.text().isEmpty()) {
            return Reply.text(views.t(locale, "actionplan.action.how"));
        }
        if (goals.isEmpty()) {
            return Reply.text(views.t(locale, "actionplan.action.noGoal"));
        }
        Optional<Goal> goal = parsed.goalNumber() == null ? Optional.of(goals.get(goals.size() - 1))
                : goals.stream().filter(g -> g.position() == parsed.goalNumber()).findFirst();
        if (goal.isEmpty()) {
            return Reply.text(views.t(locale, "actionplan.action.noSuchGoal", parsed.goalNumber(), goals.size()));
        }
        Optional<UserRef> owner = typedOwner(context, plan.get(), parsed);
        if (owner.isEmpty()) {
            return Reply.text(views.t(locale, "actionplan.action.noOwner"));
        }
        String problem = problem(locale, parsed.text(), parsed.date(), parsed.cadenceDays());
        if (problem != null) {
            return Reply.text(problem);
        }
        PlanAction created = actions.insert(goal.get(), parsed.text(), owner.get(), parseDate(parsed.date()).orElseThrow(),
                cadence(parsed.cadenceDays()), context.user());
        planner.plan(created);
        return Reply.text(views.t(locale, "actionplan.action.added", goal.get().position(),
                dk.kernebot.cards.CardText.escapeMarkdown(created.text()),
                dk.kernebot.cards.CardText.escapeMarkdown(created.owner().displayName()), views.date(locale, created.due())));
    }

    /** "Tilføj handling" on the plan card. */
    @Transactional
    Reply addActionFromCard(ChatContext context, CardAction action) {
        Locale locale = context.locale();
        Optional<Plan> existing = plans.forConversation(context.conversationId());
        if (existing.isEmpty() || !sameplan(action, existing)) {
            return Reply.notice(views.t(locale, "actionplan.notThisConversation"));
        }
        Plan plan = existing.get();
        String text = Limits.clean(action.string("actionText"));
        Optional<Goal> goal = plans.goal(action.string("goalId")).filter(g -> g.planId().equals(plan.id()));
        Optional<UserRef> owner = people.find(context.conversationId(), plan, context.user(), action.string("ownerId"));
        Integer cadence = number(action.string("cadence"));
        String problem = text.isEmpty() ? views.t(locale, "actionplan.action.empty")
                : goal.isEmpty() ? views.t(locale, "actionplan.action.chooseGoal")
                : owner.isEmpty() ? views.t(locale, "actionplan.action.chooseOwner")
                : problem(locale, text, action.string("due"), cadence);
        if (problem != null) {
            return Reply.replaceCard(planCard(context, plan, PlanViews.Note.error(problem)));
        }
        PlanAction created = actions.insert(goal.get(), text, owner.get(), parseDate(action.string("due")).orElseThrow(),
                cadence(cadence), context.user());
        planner.plan(created);
        return Reply.replaceCard(planCard(context, plan, PlanViews.Note.info(views.t(locale, "actionplan.action.added",
                goal.get().position(), dk.kernebot.cards.CardText.escapeMarkdown(created.text()),
                dk.kernebot.cards.CardText.escapeMarkdown(created.owner().displayName()), views.date(locale, created.due())))));
    }

    /** "Vis flere" / "Tilbage" on the plan card: that page, in place; an old card's page past the end shows the last. */
    Reply page(ChatContext context, CardAction action) {
        Optional<Plan> existing = plans.forConversation(context.conversationId());
        if (existing.isEmpty() || !sameplan(action, existing)) {
            return Reply.notice(views.t(context.locale(), "actionplan.notThisConversation"));
        }
        Integer page = number(action.string("page"));
        return Reply.replaceCard(planCard(context, existing.get(), PlanViews.Note.none(), page == null ? 1 : page));
    }

    String planCard(ChatContext context, Plan plan, PlanViews.Note note) {
        return planCard(context, plan, note, 1);
    }

    /** The plan card at one page: only that page's goals and actions are read (see {@link PlanPages}). */
    String planCard(ChatContext context, Plan plan, PlanViews.Note note, int page) {
        PlanPage shown = plan == null ? PlanPage.empty(null) : pages.read(plan, page, views.today());
        return card.render(context.locale(), shown, people.candidates(context.conversationId(), plan, context.user()),
                context.user(), note, plan == null ? null : path.line(context.locale(), plan));
    }

    String problem(Locale locale, String text, String date, Integer cadenceDays) {
        return problem(locale, text, date, cadenceDays, null);
    }

    /**
     * Why the text, date or cadence cannot be saved, in the reader's words; null when all is well. A due date in the
     * past is refused, except {@code unchangedDue}: an overdue action may still be edited without moving it.
     */
    String problem(Locale locale, String text, String date, Integer cadenceDays, LocalDate unchangedDue) {
        if (text.length() > Limits.MAX_TEXT) {
            return views.t(locale, "actionplan.tooLong", Limits.MAX_TEXT);
        }
        if (date == null || date.isBlank()) {
            return views.t(locale, "actionplan.action.noDate", views.t(locale, "actionplan.date.example"));
        }
        Optional<LocalDate> due = parseDate(date);
        if (due.isEmpty()) {
            return views.t(locale, "actionplan.action.badDate", dk.kernebot.cards.CardText.escapeMarkdown(
                    CardText.shorten(date, 40)), views.t(locale, "actionplan.date.example"));
        }
        if (due.get().isBefore(views.today()) && !due.get().equals(unchangedDue)) {
            return views.t(locale, "actionplan.action.pastDate", views.date(locale, due.get()));
        }
        if (cadenceDays != null && (cadenceDays < 0 || cadenceDays > Limits.MAX_CADENCE_DAYS)) {
            return views.t(locale, "actionplan.action.badCadence", Limits.MAX_CADENCE_DAYS);
        }
        return null;
    }

    Optional<LocalDate> parseDate(String text) {
        return text == null ? Optional.empty() : DanishDates.parse(text, views.today());
    }

    /** The number a card's number input sent (as text or number); null when empty or not a whole number. */
    static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** No cadence is stored as null; 0 on the card means none. */
    static Integer cadence(Integer days) {
        return days == null || days <= 0 ? null : days;
    }

    private Goal addGoal(ChatContext context, String text, String agenda, String quality, String capital) {
        Plan plan = plans.ensure(context.conversationId(), context.tenantId(), null, context.user());
        Goal goal = plans.addGoal(plan.id(), text, agenda, quality, capital, null, context.user().name());
        planner.planLeaders(plan);
        return goal;
    }

    private Optional<UserRef> typedOwner(ChatContext context, Plan plan, ActionCommandParser.Parsed parsed) {
        if (!context.mentioned().isEmpty()) {
            return Optional.of(context.mentioned().get(0));
        }
        if (ActionCommandParser.meansMe(parsed.owner())) {
            return Optional.of(context.user());
        }
        return people.byName(context.conversationId(), plan, context.user(), parsed.owner());
    }

    private static boolean sameplan(CardAction action, Optional<Plan> plan) {
        String claimed = action.string("planId");
        return claimed == null || claimed.isBlank() || plan.map(p -> p.id().equals(claimed)).orElse(false);
    }
}
