package dk.kernebot.actionplan;

import dk.kernebot.chat.ChatContext;
import dk.kernebot.institution.Admins;
import dk.kernebot.questions.Leaders;
import org.springframework.stereotype.Component;

/**
 * Who may change an action: its owner, a leader of the plan's conversation, or a Kernebot admin, and only from
 * the plan's own tenant. A card click carries ids that are only claims, so this is asked on every change.
 */
@Component
class Permissions {

    private final Leaders leaders;
    private final Admins admins;

    Permissions(Leaders leaders, Admins admins) {
        this.leaders = leaders;
        this.admins = admins;
    }

    /** A leader of the plan's conversation or an admin, from the plan's own tenant: marks the plan's way. */
    boolean mayLead(ChatContext context, Plan plan) {
        if (plan.tenantId() != null && !plan.tenantId().equals(context.tenantId())) {
            return false;
        }
        return leaders.isLeader(plan.conversationId(), context.user()) || admins.isAdmin(context);
    }

    boolean mayChange(ChatContext context, Plan plan, PlanAction action) {
        // A plan of a tenant is changed only from that tenant: a click without a tenant is refused too.
        if (plan.tenantId() != null && !plan.tenantId().equals(context.tenantId())) {
            return false;
        }
        return action.isOwnedBy(context.user())
                || leaders.isLeader(plan.conversationId(), context.user())
                || admins.isAdmin(context);
    }
}
