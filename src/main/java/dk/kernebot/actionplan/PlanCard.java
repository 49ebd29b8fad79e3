package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardText;
import dk.kernebot.cards.CardView;
import dk.kernebot.chat.UserRef;
import org.springframework.stereotype.Component;

/**
 * The plan card ({@code cards/handleplan.json}): one page of a plan read by {@link PlanPages}. However many goals the
 * plan has, the card shows at most five, those that need someone now first, with counts for the rest and "Vis flere"
 * / "Tilbage" that page in place; the exports always hold all of it.
 */
@Component
class PlanCard {

    /** An action's text is cut here on the plan card; its own card and the exports have all of it. */
    static final int ACTION_TEXT_SHOWN = 200;

    record Item(String actionId, String text, String meta, String statusText, String statusColor, String openLabel) {
    }

    record GoalItem(String heading, boolean hasTags, String tags, List<Item> actions, boolean hasNoActions,
                    String noActionsText, boolean hasMoreActions, String moreActionsText) {
    }

    record Choice(String title, String value) {
    }

    /** The fixed words of the card's forms and buttons. */
    record Labels(String addAction, String actionText, String actionTextPlaceholder, String goal, String owner,
                  String due, String cadence, String saveAction, String addGoal, String goalText,
                  String goalTextPlaceholder, String agenda, String quality, String capital, String saveGoal,
                  String required, String export, String exportText, String pdf, String md, String csv, String path,
                  String more, String previous) {
    }

    @CardTemplate("handleplan")
    record View(String planId, String title, String summary, boolean hasError, String error, boolean hasInfo,
                String info, boolean isEmpty, String emptyText, boolean hasOverdue, String overdueHeading,
                List<Item> overdue, boolean hasMoreOverdue, String moreOverdueText, List<GoalItem> goals,
                boolean hasPaging, String pageText, boolean hasMore, int nextPage, boolean hasPrevious,
                int previousPage, String nextStep, boolean canAddAction, List<Choice> goalChoices, String defaultGoal,
                List<Choice> ownerChoices, String defaultOwner, List<Choice> qualityChoices,
                List<Choice> capitalChoices, boolean hasExports, String pdfUrl, String mdUrl, String csvUrl,
                boolean hasPath, String pathLine, Labels labels) implements CardView {
    }

    private final CardRenderer renderer;
    private final PlanViews views;
    private final PlanLinks links;

    PlanCard(CardRenderer renderer, PlanViews views, PlanLinks links) {
        this.renderer = renderer;
        this.views = views;
        this.links = links;
    }

    /** @param page what to show; {@code page.plan()} is null while the conversation has none */
    String render(Locale locale, PlanPage page, List<UserRef> people, UserRef reader, PlanViews.Note note,
                  String pathLine) {
        return renderer.render(view(locale, page, people, reader, note, pathLine));
    }

    View view(Locale locale, PlanPage page, List<UserRef> people, UserRef reader, PlanViews.Note note, String pathLine) {
        LocalDate today = views.today();
        Plan plan = page.plan();
        PlanPage.Totals totals = page.totals();
        List<Item> overdue = page.overdue().stream().map(a -> item(locale, a, page, today)).toList();
        int moreOverdue = totals.overdue() - overdue.size();
        List<GoalItem> goals = page.goals().stream().map(row -> goal(locale, row, page, today)).toList();
        List<Choice> goalChoices = page.goals().stream().map(PlanPage.GoalRow::goal)
                .map(g -> new Choice(t(locale, "actionplan.card.goalChoice", g.position(), CardText.shorten(g.text(), 60)),
                        g.id()))
                .toList();
        List<Choice> owners = people.stream().map(p -> new Choice(p.displayName(), p.id())).toList();
        String defaultOwner = reader == null || people.stream().noneMatch(p -> p.id().equals(reader.id())) ? ""
                : reader.id();
        boolean hasGoals = totals.goals() > 0;
        String summary = plan == null ? t(locale, "actionplan.card.noPlan")
                : t(locale, "actionplan.card.summary", totals.goals(), totals.actions(), totals.done(),
                        views.date(locale, views.day(plan.createdAt())));
        return new View(plan == null ? "" : plan.id(), t(locale, "actionplan.card.title"), summary,
                note.error() != null, note.error() == null ? "" : note.error(), note.info() != null,
                note.info() == null ? "" : note.info(), !hasGoals, t(locale, "actionplan.card.empty"),
                !overdue.isEmpty(), t(locale, "actionplan.card.overdueHeading", Math.max(1, totals.overdue())), overdue,
                !overdue.isEmpty() && moreOverdue > 0, t(locale, "actionplan.card.moreOverdue", Math.max(1, moreOverdue)),
                goals, page.pages() > 1,
                t(locale, "actionplan.card.page", page.page(), page.pages(), totals.goals()),
                page.page() < page.pages(), page.page() + 1, page.page() > 1, page.page() - 1,
                nextStep(locale, page, today), hasGoals, goalChoices,
                goalChoices.isEmpty() ? "" : goalChoices.get(goalChoices.size() - 1).value(), owners, defaultOwner,
                GoalTags.QUALITY_TYPES.stream().map(v -> new Choice(t(locale, "actionplan.quality." + v), v)).toList(),
                GoalTags.CAPITALS.stream().map(v -> new Choice(t(locale, "actionplan.capital." + v), v)).toList(),
                plan != null && hasGoals, plan == null ? "" : links.export(plan, "pdf"),
                plan == null ? "" : links.export(plan, "md"), plan == null ? "" : links.export(plan, "csv"),
                pathLine != null, pathLine == null ? "" : pathLine, labels(locale, page));
    }

    private GoalItem goal(Locale locale, PlanPage.GoalRow row, PlanPage page, LocalDate today) {
        Goal goal = row.goal();
        List<Item> actions = row.actions().stream().map(a -> item(locale, a, null, today)).toList();
        long above = page.overdue().stream().filter(a -> a.goalId().equals(goal.id())).count();
        int more = (int) (row.total() - above - actions.size());
        String tags = tags(locale, goal);
        return new GoalItem(t(locale, "actionplan.card.goalHeading", goal.position(), CardText.escapeMarkdown(goal.text())),
                !tags.isEmpty(), tags, actions, actions.isEmpty(),
                t(locale, row.total() == 0 ? "actionplan.card.noActions" : "actionplan.card.allOverdue"),
                more > 0, t(locale, "actionplan.card.moreActions", Math.max(1, more)));
    }

    /** @param page for the overdue list above the goals (the goal's number is shown); null under the goal itself */
    private Item item(Locale locale, PlanAction a, PlanPage page, LocalDate today) {
        String meta = t(locale, "actionplan.card.meta", CardText.escapeMarkdown(a.owner().displayName()),
                views.date(locale, a.due()));
        if (page != null) {
            meta = t(locale, "actionplan.card.metaWithGoal", goalNumber(page, a), meta);
        }
        boolean overdue = a.isOverdue(today);
        return new Item(a.id(), CardText.escapeMarkdown(CardText.shorten(a.text(), ACTION_TEXT_SHOWN)), meta,
                overdue ? t(locale, "actionplan.card.overdueStatus", views.status(locale, a.status()))
                        : views.status(locale, a.status()),
                overdue ? "Attention" : PlanViews.color(a.status()), t(locale, "actionplan.card.openLabel"));
    }

    /** The overdue actions above the goals carry their goal's number, read with them (see {@link PlanPages}). */
    private static int goalNumber(PlanPage page, PlanAction a) {
        return page.overdueGoalNumbers().getOrDefault(a.goalId(), 0);
    }

    private String nextStep(Locale locale, PlanPage page, LocalDate today) {
        if (page.totals().goals() == 0) {
            return t(locale, "actionplan.next.start");
        }
        if (page.firstBare() != null) {
            return t(locale, "actionplan.next.addAction", page.firstBare());
        }
        PlanAction first = page.firstOpen();
        if (first == null) {
            return t(locale, "actionplan.next.allDone");
        }
        String text = CardText.escapeMarkdown(CardText.shorten(first.text(), 80));
        return first.isOverdue(today)
                ? t(locale, "actionplan.next.overdue", text, CardText.escapeMarkdown(first.owner().displayName()))
                : t(locale, "actionplan.next.due", text, views.date(locale, first.due()));
    }

    private String tags(Locale locale, Goal goal) {
        List<String> parts = new ArrayList<>();
        if (goal.agendaPoint() != null) {
            parts.add(CardText.escapeMarkdown(views.agendaPoint(locale, goal)));
        }
        if (goal.qualityType() != null) {
            parts.add(t(locale, "actionplan.quality." + goal.qualityType()));
        }
        if (goal.capital() != null) {
            parts.add(t(locale, "actionplan.capital." + goal.capital()));
        }
        return String.join(" · ", parts);
    }

    private Labels labels(Locale locale, PlanPage page) {
        String p = "actionplan.card.";
        return new Labels(t(locale, p + "addActionLabel"), t(locale, p + "actionTextLabel"),
                t(locale, p + "actionTextPlaceholder"), t(locale, p + "goalLabel"), t(locale, p + "ownerLabel"),
                t(locale, p + "dueLabel"), t(locale, p + "cadenceLabel"), t(locale, p + "saveActionLabel"),
                t(locale, p + "addGoalLabel"), t(locale, p + "goalTextLabel"), t(locale, p + "goalTextPlaceholder"),
                t(locale, p + "agendaLabel"), t(locale, p + "qualityLabel"), t(locale, p + "capitalLabel"),
                t(locale, p + "saveGoalLabel"), t(locale, p + "requiredText"), t(locale, p + "exportLabel"),
                t(locale, p + "exportText"), t(locale, p + "pdfLabel"), t(locale, p + "mdLabel"),
                t(locale, p + "csvLabel"), t(locale, "actionplan.path.title"),
                t(locale, p + "moreLabel", page.totals().goals() - page.to()), t(locale, p + "previousLabel"));
    }

    private String t(Locale locale, String key, Object... args) {
        return views.t(locale, key, args);
    }
}
