package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardText;
import dk.kernebot.cards.CardView;
import org.springframework.stereotype.Component;

/**
 * The chef's overview card ({@code cards/chef-overview.json}): totals first, then one page of institutions (those
 * with overdue actions first), each bounded (a few goals, a few overdue actions), so a chef of a hundred institutions
 * still gets a card well under Teams' limit.
 */
@Component
class OverviewViews {

    static final int GOALS_SHOWN = 3;
    static final int OVERDUE_SHOWN = 2;

    record GoalLine(String text) {
    }

    record Institution(String name, String status, boolean hasOverdue, String overdue, List<GoalLine> goals, String path,
                       String next) {
    }

    @CardTemplate("chef-overview")
    record Card(String title, String summary, List<Institution> institutions, boolean hasMore, String moreText,
                String moreLabel, int nextPage, String reportLabel, String reportText, String pdfLabel, String pdfUrl,
                String mdLabel, String mdUrl) implements CardView {
    }

    private final CardRenderer renderer;
    private final PlanViews plans;
    private final PathViews path;

    OverviewViews(CardRenderer renderer, PlanViews plans, PathViews path) {
        this.renderer = renderer;
        this.plans = plans;
        this.path = path;
    }

    String t(Locale locale, String key, Object... args) {
        return plans.t(locale, key, args);
    }

    /** @param page 1 for the first; a page past the end shows the last */
    String card(Locale locale, List<ChefOverview.Entry> entries, int page, String reportUrl) {
        LocalDate today = plans.today();
        List<ChefOverview.Entry> sorted = entries.stream()
                .sorted(Comparator.comparingLong((ChefOverview.Entry e) -> -e.overdue(today))
                        .thenComparing(e -> e.institution().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        int pages = Math.max(1, (sorted.size() + ChefOverview.PAGE_SIZE - 1) / ChefOverview.PAGE_SIZE);
        int shown = Math.min(page, pages);
        int from = (shown - 1) * ChefOverview.PAGE_SIZE;
        int to = Math.min(sorted.size(), from + ChefOverview.PAGE_SIZE);
        List<Institution> items = sorted.subList(from, to).stream().map(e -> institution(locale, e, today)).toList();
        long goals = entries.stream().mapToLong(e -> e.goals().size()).sum();
        long overdue = entries.stream().mapToLong(e -> e.overdue(today)).sum();
        long open = entries.stream().mapToLong(ChefOverview.Entry::openQuestions).sum();
        boolean more = to < sorted.size();
        return renderer.render(new Card(t(locale, "overview.title"),
                t(locale, "overview.summary", entries.size(), goals, overdue, open), items, more,
                t(locale, "overview.more", from + 1, to, sorted.size()), t(locale, "overview.moreLabel"), shown + 1,
                t(locale, "overview.reportLabel"), t(locale, "overview.reportText"),
                t(locale, "actionplan.card.pdfLabel"), reportUrl + ".pdf", t(locale, "actionplan.card.mdLabel"),
                reportUrl + ".md"));
    }

    private Institution institution(Locale locale, ChefOverview.Entry e, LocalDate today) {
        String name = CardText.escapeMarkdown(e.institution().name());
        if (e.plan().isEmpty()) {
            String status = t(locale, "overview.noPlan");
            if (e.openQuestions() > 0) {
                status = status + " · " + t(locale, "overview.openQuestions", e.openQuestions());
            }
            return new Institution(name, status, false, "", List.of(), t(locale, "overview.noPath"),
                    t(locale, "overview.noPlanNext"));
        }
        Plan plan = e.plan().get();
        long done = e.actions().stream().filter(a -> a.status() == ActionStatus.FAERDIG).count();
        String status = t(locale, "overview.status", e.goals().size(), e.actions().size(), done)
                + " · " + t(locale, "overview.openQuestions", e.openQuestions());
        List<PlanAction> overdue = e.actions().stream().filter(a -> a.isOverdue(today)).toList();
        String overdueText = overdue.isEmpty() ? "" : t(locale, "overview.overdue", overdue.size(), String.join("; ",
                overdue.stream().limit(OVERDUE_SHOWN).map(a -> t(locale, "overview.overdueItem",
                        CardText.escapeMarkdown(CardText.shorten(a.text(), 80)),
                        CardText.escapeMarkdown(a.owner().displayName()), plans.date(locale, a.due()))).toList()));
        List<GoalLine> goals = new ArrayList<>();
        for (Goal goal : e.goals().stream().limit(GOALS_SHOWN).toList()) {
            List<PlanAction> mine = e.actions().stream().filter(a -> a.goalId().equals(goal.id())).toList();
            long mineDone = mine.stream().filter(a -> a.status() == ActionStatus.FAERDIG).count();
            goals.add(new GoalLine(t(locale, "overview.goal", goal.position(),
                    CardText.escapeMarkdown(CardText.shorten(goal.text(), 100)),
                    t(locale, "overview.goalProgress", mine.size(), mineDone))));
        }
        if (e.goals().size() > GOALS_SHOWN) {
            goals.add(new GoalLine(t(locale, "overview.moreGoals", e.goals().size() - GOALS_SHOWN)));
        }
        LocalDate created = plans.day(plan.createdAt());
        String next = t(locale, "overview.next", plans.date(locale, NordfynCycle.next(created, today, false)),
                plans.date(locale, NordfynCycle.next(created, today, true)));
        return new Institution(name, status, !overdue.isEmpty(), overdueText, goals,
                t(locale, "overview.path", path.stage(locale, e.path().stage()), plans.date(locale, e.path().since())),
                next);
    }
}
