package dk.kernebot.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import dk.kernebot.institution.ChefInstitution;
import dk.kernebot.institution.Institutions;
import dk.kernebot.questions.OpenQuestions;
import org.springframework.stereotype.Service;

/**
 * The Skole- og dagtilbudschef's overview ("oversigt", in their 1:1 chat): every institution the institution files
 * make them chef of, with its handleplan's goals and status, overdue actions, where the plan is on its way, open
 * questions to the leaders, and the next dialogsamtale and kvalitetssamtale. Who is a chef is read on every click,
 * so someone taken out of a file loses the overview at once.
 */
@Service
public class ChefOverview {

    /** Institutions on one page of the card; the rest behind "Vis flere", which pages in place. */
    static final int PAGE_SIZE = 10;

    /** One institution as the overview shows it. */
    record Entry(ChefInstitution institution, Optional<Plan> plan, List<Goal> goals, List<PlanAction> actions,
                 PlanPath.Position path, int openQuestions) {

        long overdue(java.time.LocalDate today) {
            return actions.stream().filter(a -> a.isOverdue(today)).count();
        }
    }

    private final Institutions institutions;
    private final PlanStore plans;
    private final ActionStore actions;
    private final PlanPath path;
    private final OpenQuestions questions;
    private final OverviewViews views;
    private final OverviewLinks links;

    ChefOverview(Institutions institutions, PlanStore plans, ActionStore actions, PlanPath path, OpenQuestions questions,
                 OverviewViews views, OverviewLinks links) {
        this.institutions = institutions;
        this.plans = plans;
        this.actions = actions;
        this.path = path;
        this.questions = questions;
        this.views = views;
        this.links = links;
    }

    /** "oversigt" / "overview" */
    Reply show(ChatContext context) {
        Locale locale = context.locale();
        if (context.isGroup()) {
            return Reply.text(views.t(locale, "overview.onlyPersonal"));
        }
        List<ChefInstitution> led = led(context);
        if (led.isEmpty()) {
            return Reply.text(views.t(locale, "overview.notChef"));
        }
        return Reply.card(views.card(locale, entries(led), 1, links.report(context.tenantId(), context.user().aadObjectId())));
    }

    /** "Vis flere" on the card: the next page, in place. */
    Reply page(ChatContext context, CardAction click) {
        Locale locale = context.locale();
        List<ChefInstitution> led = context.isGroup() ? List.of() : led(context);
        if (led.isEmpty()) {
            return Reply.notice(views.t(locale, "overview.notChef"));
        }
        Integer page = Handleplans.number(click.string("page"));
        return Reply.replaceCard(views.card(locale, entries(led), page == null || page < 1 ? 1 : page,
                links.report(context.tenantId(), context.user().aadObjectId())));
    }

    List<ChefInstitution> led(ChatContext context) {
        return institutions.chefOf(context.user() == null ? null : context.user().aadObjectId(), context.tenantId());
    }

    List<ChefInstitution> led(String tenant, String aadObjectId) {
        return institutions.chefOf(aadObjectId, tenant);
    }

    /** Each institution's plan: the first conversation of the institution that has one. */
    List<Entry> entries(List<ChefInstitution> led) {
        List<String> all = led.stream().flatMap(i -> i.conversationIds().stream()).toList();
        Map<String, Integer> open = questions.count(all);
        List<Entry> entries = new ArrayList<>();
        for (ChefInstitution institution : led) {
            Optional<Plan> plan = institution.conversationIds().stream().map(plans::forConversation)
                    .flatMap(Optional::stream).findFirst();
            int openHere = institution.conversationIds().stream().mapToInt(c -> open.getOrDefault(c, 0)).sum();
            entries.add(new Entry(institution, plan, plan.map(p -> plans.goals(p.id())).orElse(List.of()),
                    plan.map(p -> actions.inPlan(p.id())).orElse(List.of()), plan.map(path::position).orElse(null),
                    openHere));
        }
        return entries;
    }
}
