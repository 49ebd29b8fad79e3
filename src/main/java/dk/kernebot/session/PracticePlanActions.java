package dk.kernebot.session;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.actionplan.PracticeActions;
import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.CardActionHandler;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.OutgoingMessage;
import dk.kernebot.chat.Reply;
import dk.kernebot.session.kind.PracticeForm;
import org.springframework.stereotype.Component;

/**
 * "Læg i handleplanen" on the summary: the ticked bobler become actions (see {@link PracticeActions}). It works on
 * the summary of a running, completed or ended session alike (the plan outlives the session), for anyone in the
 * chat, as the plan card does; the summary is drawn again with what is now in the plan.
 */
@Component
class PracticePlanActions implements CardActionHandler {

    static final String VERB = "session.practicePlan";

    private final StaleClicks sessions;
    private final ProcessCatalog catalog;
    private final PracticeForm form;
    private final PracticeActions practice;
    private final StepContexts contexts;
    private final StepCards cards;
    private final SessionTexts texts;

    PracticePlanActions(StaleClicks sessions, ProcessCatalog catalog, PracticeForm form, PracticeActions practice,
                        StepContexts contexts, StepCards cards, SessionTexts texts) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.form = form;
        this.practice = practice;
        this.contexts = contexts;
        this.cards = cards;
        this.texts = texts;
    }

    @Override
    public Set<String> verbs() {
        return Set.of(VERB);
    }

    @Override
    public Reply handle(ChatContext context, CardAction action) {
        Optional<GuidedSession> found = sessions.mine(context, action.string("sessionId"));
        if (found.isEmpty()) {
            return Reply.notice(texts.t(context.locale(), "session.unknown"));
        }
        GuidedSession session = found.get();
        ProcessDefinition process = catalog.find(session.processId()).orElseThrow();
        List<PracticeActions.Draft> drafts = form.drafts(session, process, action);
        if (drafts.isEmpty()) {
            return summary(context, session, StepNote.error(texts.t(context.locale(), form.key(process, "noneChosen"))));
        }
        PracticeActions.Result result = practice.add(context, session.id(),
                form.goalText(session, process, context.locale()), drafts);
        if (result instanceof PracticeActions.Refused refused) {
            return summary(context, session, StepNote.error(refused.message()));
        }
        PracticeActions.Added added = (PracticeActions.Added) result;
        if (added.added() == 0) {
            return summary(context, session, StepNote.info(texts.t(context.locale(), form.key(process, "already"),
                    added.already())));
        }
        String note = texts.t(context.locale(), form.key(process, "added"), added.added(), added.goalPosition(),
                texts.name(context.user().displayName()));
        return summary(context, session, StepNote.info(note)).and(OutgoingMessage.text(note));
    }

    private Reply summary(ChatContext context, GuidedSession session, StepNote note) {
        return Reply.replaceCard(cards.render(contexts.summary(session, context.locale()), note));
    }
}
