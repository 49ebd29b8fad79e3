package dk.kernebot.actionplan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.kernebot.cards.CardText;
import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handleplan's way to the bestyrelse, the forvaltning and the kvalitetsrapport: where it is, since when, and a
 * leader marking the next step. A click names the step it marks, so an older copy of the card (or a second leader)
 * that tries to mark a step already marked changes nothing.
 */
@Service
public class PlanPath {

    private final PlanStore plans;
    private final PathStore store;
    private final PathViews views;
    private final Permissions permissions;
    private final FollowUpSettings settings;

    PlanPath(PlanStore plans, PathStore store, PathViews views, Permissions permissions, FollowUpSettings settings) {
        this.plans = plans;
        this.store = store;
        this.views = views;
        this.permissions = permissions;
        this.settings = settings;
    }

    /** Where a plan is on its way, and since which day. */
    public record Position(PathStage stage, LocalDate since, List<PathEvent> events) {

        boolean done() {
            return stage.next().isEmpty();
        }
    }

    Position position(Plan plan) {
        List<PathEvent> events = store.events(plan.id());
        return events.stream().max(java.util.Comparator.comparing(PathEvent::pathStage))
                .map(last -> new Position(last.pathStage(), last.day(), events))
                .orElseGet(() -> new Position(PathStage.DRAFTED, views.plans().day(plan.createdAt()), events));
    }

    /** The plan has stood at a step (not the last) longer than the setting allows; empty otherwise. */
    Optional<Position> waitingTooLong(Plan plan) {
        Position position = position(plan);
        if (position.done()) {
            return Optional.empty();
        }
        LocalDate limit = position.since().plusDays(settings.pathMaxWait().toDays());
        return views.plans().today().isAfter(limit) ? Optional.of(position) : Optional.empty();
    }

    /** "handleplanens vej" and the plan card's button. */
    Reply show(ChatContext context) {
        Optional<Plan> plan = plans.forConversation(context.conversationId());
        if (plan.isEmpty()) {
            return Reply.text(views.plans().t(context.locale(), "actionplan.path.noPlan"));
        }
        return Reply.card(card(context, plan.get(), PlanViews.Note.none()));
    }

    @Transactional
    Reply mark(ChatContext context, CardAction click) {
        Locale locale = context.locale();
        Optional<Plan> found = plans.forConversation(context.conversationId())
                .filter(p -> p.id().equals(click.string("planId")));
        if (found.isEmpty()) {
            return Reply.notice(views.plans().t(locale, "actionplan.notThisConversation"));
        }
        Plan plan = found.get();
        if (!permissions.mayLead(context, plan)) {
            return Reply.notice(views.plans().t(locale, "actionplan.path.notAllowed"));
        }
        Optional<PathStage> stage = PathStage.parse(click.string("stage")).filter(s -> s != PathStage.DRAFTED);
        Position now = position(plan);
        if (stage.isEmpty() || stage.get().compareTo(now.stage()) <= 0) {
            return Reply.replaceCard(card(context, plan, PlanViews.Note.error(already(locale, now, stage.orElse(null)))));
        }
        String note = Limits.clean(click.string("note"));
        String dayText = click.string("day");
        Optional<LocalDate> day = dayText == null || dayText.isBlank() ? Optional.of(views.plans().today())
                : DanishDates.parse(dayText, views.plans().today());
        String problem = note.length() > Limits.MAX_COMMENT ? views.plans().t(locale, "actionplan.tooLong", Limits.MAX_COMMENT)
                : day.isEmpty() ? views.plans().t(locale, "actionplan.action.badDate", CardText.escapeMarkdown(
                        CardText.shorten(dayText, 40)), views.plans().t(locale, "actionplan.date.example"))
                : day.get().isAfter(views.plans().today()) ? views.plans().t(locale, "actionplan.path.futureDay")
                : day.get().isBefore(now.since()) ? views.plans().t(locale, "actionplan.path.beforePrevious",
                        views.plans().date(locale, now.since()))
                : null;
        if (problem != null) {
            return Reply.replaceCard(card(context, plan, PlanViews.Note.error(problem)));
        }
        if (!store.mark(plan.id(), stage.get(), day.get(), context.user(), note)) {
            return Reply.replaceCard(card(context, plan, PlanViews.Note.error(already(locale, position(plan), stage.get()))));
        }
        plans.touch(plan.id());
        return Reply.replaceCard(card(context, plan, PlanViews.Note.info(views.plans().t(locale, "actionplan.path.marked",
                views.stage(locale, stage.get())))));
    }

    /** One line for the plan card: the step it is at and its day. */
    String line(Locale locale, Plan plan) {
        Position position = position(plan);
        return views.plans().t(locale, "actionplan.path.line", views.stage(locale, position.stage()),
                views.plans().date(locale, position.since()));
    }

    List<PathEvent> events(Plan plan) {
        return store.events(plan.id());
    }

    private String card(ChatContext context, Plan plan, PlanViews.Note note) {
        Position position = position(plan);
        return views.card(context.locale(), plan, position, waitingTooLong(plan).isPresent(),
                permissions.mayLead(context, plan), note);
    }

    /** Said to the clicker of a step that is no longer the next one: where the plan is now, and who marked it. */
    private String already(Locale locale, Position now, PathStage clicked) {
        Optional<PathEvent> event = now.events().stream().filter(e -> e.pathStage() == now.stage()).findFirst();
        return event.map(e -> views.plans().t(locale, "actionplan.path.alreadyMarked", views.stage(locale, e.pathStage()),
                        CardText.escapeMarkdown(e.byName() == null ? "?" : e.byName()), views.plans().date(locale, e.day())))
                .orElseGet(() -> views.plans().t(locale, "actionplan.path.notNext"));
    }
}
