package dk.kernebot.session;

import java.util.List;

import dk.kernebot.actionplan.PlanReview;
import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.NoticeCard;
import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/**
 * "start dialogsamtale" / "start annual dialogue": the yearly follow-up on the handleplan. It follows up on a plan,
 * so in a chat without one it says so and offers the kvalitetssamtale the plan comes from, instead of an empty
 * review. Its own command (the longer keyword wins over "start") so the check comes before the session starts.
 */
@Component
class StartDialogueCommand implements ChatCommand {

    static final String PROCESS = "dialogsamtale";

    private final SessionService sessions;
    private final PlanReview plans;
    private final CardRenderer renderer;
    private final SessionTexts texts;

    StartDialogueCommand(SessionService sessions, PlanReview plans, CardRenderer renderer, SessionTexts texts) {
        this.sessions = sessions;
        this.plans = plans;
        this.renderer = renderer;
        this.texts = texts;
    }

    @Override
    public List<String> keywords() {
        return List.of("start dialogsamtale", "start annual dialogue");
    }

    @Override
    public String helpKey() {
        return "command.startDialogsamtale";
    }

    @Override
    public int helpOrder() {
        return 39;
    }

    @Override
    public Reply handle(ChatContext context, String arguments) {
        // In a personal chat the session service says a session belongs in a group chat; that comes first.
        if (context.isGroup() && !plans.hasPlan(context.conversationId())) {
            var locale = context.locale();
            return Reply.card(renderer.render(new NoticeCard(texts.t(locale, "dialogsamtale.noPlan.title"),
                    texts.t(locale, "dialogsamtale.noPlan.text"), texts.t(locale, "dialogsamtale.noPlan.next"),
                    texts.t(locale, "dialogsamtale.noPlan.action"), "start kvalitetssamtale")));
        }
        return sessions.start(context, PROCESS);
    }
}
