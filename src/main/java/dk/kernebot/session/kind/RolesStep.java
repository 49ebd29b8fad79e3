package dk.kernebot.session.kind;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.session.Entry;
import dk.kernebot.session.EntryStore;
import dk.kernebot.session.EntryTags;
import dk.kernebot.session.StepDefinition;
import dk.kernebot.session.Vocabularies;
import dk.kernebot.session.SessionTexts;
import org.springframework.stereotype.Component;

/** ROLES: each participant records the role they take part in (dagtilbudschef, læringskonsulent, ...). */
@Component
class RolesStep implements EntryStep {

    static final String KIND = "ROLES";

    private final EntryStore entries;
    private final EntryRows rows;
    private final SessionTexts texts;

    RolesStep(EntryStore entries, EntryRows rows, SessionTexts texts) {
        this.entries = entries;
        this.rows = rows;
        this.texts = texts;
    }

    /** Bound to {@code cards/session-roles.json}. */
    @CardTemplate("session-roles")
    record View(StepRef step, String contributeLabel, String roleLabel, String roleError, List<Choice> roleChoices,
                String submitLabel) implements CardView {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> verbs() {
        return Set.of("session.contribute", ListPages.VERB);
    }

    @Override
    public EntryRows rows() {
        return rows;
    }

    @Override
    public StepBody body(StepContext context) {
        var locale = context.locale();
        EntriesView list = rows.view(context, KIND, context.stepId(), (entry, byline) -> rows.row(context, entry, "",
                role(context, entry.role()), false, byline, "", EntryButtons.NONE));
        View view = new View(context.ref(), texts.t(locale, "session.contribute.ROLES"),
                texts.t(locale, "session.input.role"), texts.t(locale, "session.error.role"),
                context.process().vocabularies().of(Vocabularies.ROLES).stream()
                        .map(r -> new Choice(r.label(locale), r.id())).toList(), texts.t(locale, "session.submit"));
        return StepBody.of(view, list);
    }

    /** One role per person: choosing again replaces the earlier choice. */
    @Override
    public Outcome act(StepContext context, StepClick click) {
        if (ListPages.VERB.equals(click.verb())) {
            return rows.page(context, click, context.stepId());
        }
        String role = click.string("role");
        if (!context.process().vocabularies().has(Vocabularies.ROLES, role)) {
            return Outcome.refused(texts.t(context.locale(), "session.error.role"));
        }
        take(context.sessionId(), context.stepId(), click.user(), role);
        return Outcome.changed();
    }

    /** {@code user} takes part in {@code role} (at the roles step {@code stepId}), instead of any role taken before. */
    void take(String sessionId, String stepId, dk.kernebot.chat.UserRef user, String role) {
        entries.idsBy(sessionId, stepId, user.id()).forEach(entries::withdraw);
        entries.add(sessionId, stepId, user, role, EntryTags.role(role));
    }

    /** Who holds each role in this session, as the roles step {@code stepId} recorded it (oldest choice first). */
    List<Entry> holders(String sessionId, String stepId) {
        return entries.active(sessionId, stepId);
    }

    @Override
    public Optional<SummaryPart> summary(StepContext context) {
        var locale = context.locale();
        List<Entry> written = entries.active(context.sessionId(), context.stepId());
        if (written.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SummaryPart(texts.t(locale, "session.summary.roles"), written.stream()
                .map(e -> new SummaryPart.Line(texts.t(locale, dk.kernebot.session.Participant.isInRoomOnly(e.authorId())
                        ? "session.summary.roleExternal" : "session.summary.role", texts.name(e.authorName()),
                        role(context, e.role())))).toList(), List.of()));
    }

    private static String role(StepContext context, String role) {
        return context.process().vocabularies().label(Vocabularies.ROLES, role, context.locale());
    }

    @Override
    public List<StepProblem> problems(StepDefinition step, List<StepDefinition> before, Vocabularies vocabularies) {
        return vocabularies.of(Vocabularies.ROLES).isEmpty()
                ? List.of(new StepProblem("kind", "missing-vocabulary", Vocabularies.ROLES)) : List.of();
    }
}
