package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.kernebot.cards.CardText;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.UserRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From the board to the handleplan (Aalborg's "daglige handlinger og indsatser i forhold til børnene"): what a group
 * marked "Det gør vi i praksis" becomes actions under a goal that is the session's agreed kerneopgave. Each action
 * remembers the boble it came from, so a form sent twice adds every boble once; the whole form is checked before
 * anything is saved.
 */
@Service
public class PracticeActions {

    /** One boble to put in the plan, as the form sent it. {@code label} names it in a message about it. */
    public record Draft(String sourceId, String label, String text, String ownerId, String due) {
    }

    /** A boble that is already an action: who owns it and by when. */
    public record Planned(String ownerName, LocalDate due) {
    }

    /** What a form did. */
    public sealed interface Result permits Added, Refused {
    }

    /** {@code added} new actions, {@code already} that were there before, under goal number {@code goalPosition}. */
    public record Added(int added, int already, int goalPosition) implements Result {
    }

    /** Nothing was saved, and why, in the reader's words. */
    public record Refused(String message) implements Result {
    }

    private final PlanStore plans;
    private final ActionStore actions;
    private final People people;
    private final Handleplans handleplans;
    private final FollowUpPlanner planner;
    private final PlanViews views;

    PracticeActions(PlanStore plans, ActionStore actions, People people, Handleplans handleplans,
                    FollowUpPlanner planner, PlanViews views) {
        this.plans = plans;
        this.actions = actions;
        this.people = people;
        this.handleplans = handleplans;
        this.planner = planner;
        this.views = views;
    }

    /** Who can own one of these actions: the conversation's members (as for any action of the plan). */
    public List<UserRef> owners(String conversationId, UserRef asking) {
        return people.candidates(conversationId, plans.forConversation(conversationId).orElse(null), asking);
    }

    /** The sources that are already actions, by source id. */
    public Map<String, Planned> planned(Collection<String> sourceIds) {
        Map<String, Planned> planned = new LinkedHashMap<>();
        actions.fromSources(sourceIds).forEach((source, action) ->
                planned.put(source, new Planned(action.owner().displayName(), action.due())));
        return planned;
    }

    /**
     * Adds the drafts not planned before as actions under the goal {@code goalText} of the conversation's plan (made
     * now if the plan or the goal is not there yet). Refused as a whole if any new draft lacks an owner or a good date.
     */
    @Transactional
    public Result add(ChatContext context, String sessionId, String goalText, List<Draft> drafts) {
        Locale locale = context.locale();
        Plan plan = plans.ensure(context.conversationId(), context.tenantId(), sessionId, context.user());
        // Taken first, this write holds the plan's row (on PostgreSQL) until the end: two forms for the same plan at
        // once find the goal one after the other instead of making two.
        plans.touch(plan.id());
        Map<String, Planned> before = planned(drafts.stream().map(Draft::sourceId).toList());
        List<Draft> fresh = drafts.stream().filter(d -> !before.containsKey(d.sourceId())).toList();
        record Checked(Draft draft, String text, UserRef owner, LocalDate due) {
        }
        List<Checked> checked = new ArrayList<>();
        for (Draft draft : fresh) {
            String label = CardText.escapeMarkdown(CardText.shorten(Limits.clean(draft.label()), 60));
            String text = CardText.shorten(Limits.clean(draft.text()), Limits.MAX_TEXT);
            Optional<UserRef> owner = people.find(context.conversationId(), plan, context.user(), draft.ownerId());
            String problem = owner.isEmpty() ? views.t(locale, "actionplan.action.chooseOwner")
                    : draft.due() == null || draft.due().isBlank() ? views.t(locale, "practice.plan.noDate")
                    : handleplans.problem(locale, text, draft.due(), null);
            if (problem != null) {
                return new Refused(views.t(locale, "practice.plan.problem", label, problem));
            }
            checked.add(new Checked(draft, text, owner.get(), handleplans.parseDate(draft.due()).orElseThrow()));
        }
        Goal goal = goal(plan, sessionId, goalText, context.user());
        int added = 0;
        for (Checked c : checked) {
            Optional<PlanAction> action = actions.insertOnce(c.draft().sourceId(), goal, c.text(), c.owner(), c.due(),
                    context.user());
            if (action.isPresent()) {
                planner.plan(action.get());
                added++;
            }
        }
        return new Added(added, drafts.size() - added, goal.position());
    }

    /** The session's goal for its agreed kerneopgave: the one made the first time, or a new one. */
    private Goal goal(Plan plan, String sessionId, String goalText, UserRef by) {
        String text = CardText.shorten(Limits.clean(goalText), Limits.MAX_TEXT);
        return plans.goals(plan.id()).stream()
                .filter(g -> sessionId.equals(g.sessionId()) && g.text().equals(text) && !g.isClosed())
                .findFirst()
                .orElseGet(() -> {
                    Goal goal = plans.addGoal(plan.id(), text, null, null, null, sessionId, by.name());
                    planner.planLeaders(plan);
                    return goal;
                });
    }
}
