package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

/** The open actions of a conversation's handleplan that are due by a date, overdue ones first. */
@Service
public class DueActions {

    private final PlanStore plans;
    private final ActionStore actions;

    DueActions(PlanStore plans, ActionStore actions) {
        this.plans = plans;
        this.actions = actions;
    }

    public List<DueAction> dueBy(String conversationId, LocalDate by, LocalDate today) {
        return plans.forConversation(conversationId)
                .map(plan -> actions.inPlan(plan.id()).stream()
                        .filter(a -> a.status().isOpen() && !a.due().isAfter(by))
                        .map(a -> new DueAction(a.text(), a.ownerName(), a.due(), a.due().isBefore(today)))
                        .toList())
                .orElse(List.of());
    }
}
