package dk.kernebot.session;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.chat.CardAction;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.UserRef;
import dk.kernebot.session.kind.Choice;
import dk.kernebot.session.kind.Outcome;
import dk.kernebot.session.kind.StepClick;
import dk.kernebot.session.kind.StepContext;
import dk.kernebot.session.kind.StepType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Referent mode (issue 18): most groups sit around one table with one screen, so the ordstyrer, or the referent
 * they name, writes down what each person in the room says. The contribution is then that person's (their voice
 * counts in "Har bidraget / Mangler stadig", they are its author) and the note of who wrote it down is kept beside
 * it. Someone not in Teams is named by a typed name and becomes one of the session's people from then on.
 * This works on any kind's contribution form, so the kinds themselves know nothing of it.
 */
@Component
class OnBehalf {

    static final String PICK = "behalfOf";
    static final String NAME = "behalfName";
    static final int MAX_NAME = 80;
    /**
     * The list to pick from shows this many people at most, so a big team's card stays small; anyone else is
     * found by typing their name (a typed name that is someone's in the session is that person).
     */
    static final int MAX_PICK = 40;
    /** The id of a person who is not in Teams, in this session: from their typed name. */
    static final String ROOM = Participant.ROOM;
    private static final String CONTRIBUTE = "session.contribute";

    private final Referents referents;
    private final EntryNotes notes;
    private final EntryStore entries;
    private final SessionStore sessions;
    private final SessionTexts texts;
    private final CardRenderer renderer;
    private final JsonMapper json = JsonMapper.builder().build();

    OnBehalf(Referents referents, EntryNotes notes, EntryStore entries, SessionStore sessions, SessionTexts texts,
             CardRenderer renderer) {
        this.referents = referents;
        this.notes = notes;
        this.entries = entries;
        this.sessions = sessions;
        this.texts = texts;
        this.renderer = renderer;
    }

    /** A click on the step's own part: a contribution for someone else is taken as theirs, if the clicker may. */
    Outcome act(StepType type, StepContext context, ChatContext chat, CardAction action) {
        String picked = value(action.string(PICK));
        String typed = value(action.string(NAME)).replaceAll("\\s+", " ");
        boolean forSelf = typed.isEmpty() && (picked.isEmpty() || picked.equals(chat.user().id()));
        if (!CONTRIBUTE.equals(action.verb()) || forSelf) {
            return type.act(context, new StepClick(chat, action));
        }
        Locale locale = chat.locale();
        GuidedSession session = context.session();
        if (!referents.mayNoteFor(session, chat.user().id())) {
            return Outcome.notice(texts.t(locale, "session.behalf.notAllowed", texts.name(session.facilitatorName())));
        }
        if (typed.length() > MAX_NAME) {
            return Outcome.refused(texts.t(locale, "session.behalf.nameTooLong", MAX_NAME));
        }
        Optional<UserRef> person = typed.isEmpty() ? inSession(context, p -> p.userId().equals(picked))
                : inSession(context, p -> p.displayName().equalsIgnoreCase(typed))
                        .or(() -> Optional.of(new UserRef(ROOM + typed.toLowerCase(Locale.ROOT), null, typed)));
        if (person.isEmpty()) {
            return Outcome.refused(texts.t(locale, "session.behalf.unknown"));
        }
        // Only the person's own entries can be new: the rest of the step need not be read.
        Set<String> before = Set.copyOf(entries.idsBy(session.id(), context.stepId(), person.get().id()));
        ChatContext as = new ChatContext(chat.conversationId(), chat.conversationType(), chat.tenantId(), chat.teamId(),
                chat.threadId(), person.get(), chat.mentioned(), locale);
        Outcome outcome = type.act(context, new StepClick(as, action));
        if (outcome instanceof Outcome.Changed) {
            sessions.participated(session.id(), person.get());
            entries.idsBy(session.id(), context.stepId(), person.get().id()).stream().filter(e -> !before.contains(e))
                    .flatMap(e -> entries.find(e).stream()).forEach(e -> notes.noted(e, chat.user()));
        }
        return outcome;
    }

    /** Adds "who said it" to the kind's contribution form on a current step card. */
    void addFields(JsonNode part, StepContext context) {
        if (!context.isCurrent()) {
            return;
        }
        Locale l = context.locale();
        List<Choice> people = context.participants().stream()
                .sorted(Comparator.comparing(Participant::displayName, String.CASE_INSENSITIVE_ORDER))
                .limit(MAX_PICK).map(p -> new Choice(p.displayName(), p.userId())).toList();
        JsonNode fields = null;
        for (JsonNode action : part.path("actions")) {
            if (!"Action.ShowCard".equals(action.path("type").asString("")) || !contributes(action.path("card"))) {
                continue;
            }
            if (fields == null) {
                fields = json.readTree(renderer.render(new BehalfFields(t(l, "session.behalf.pick"),
                        t(l, "session.behalf.self"), people, t(l, "session.behalf.name"),
                        t(l, "session.behalf.namePlaceholder"), t(l, "session.behalf.hint")))).path("body");
            }
            ArrayNode body = (ArrayNode) action.path("card").path("body");
            fields.forEach(f -> body.add(f.deepCopy()));
        }
    }

    /** "Ordstyrer: Anne …" and, when one is named, who the referent is. */
    String facilitatorNote(StepContext context, String note) {
        return referents.of(context.sessionId())
                .map(r -> note + " " + t(context.locale(), "session.referent.note", texts.name(r.name())))
                .orElse(note);
    }

    /** Whether a person of the session can be reached in Teams (a typed name cannot). */
    static boolean inTeams(Participant person) {
        return person.inTeams();
    }

    private static boolean contributes(JsonNode card) {
        for (JsonNode action : card.path("actions")) {
            if (CONTRIBUTE.equals(action.path("verb").asString(""))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<UserRef> inSession(StepContext context, java.util.function.Predicate<Participant> which) {
        return context.participants().stream().filter(which).findFirst()
                .map(p -> new UserRef(p.userId(), p.aadId(), p.name()));
    }

    private static String value(String raw) {
        return raw == null ? "" : raw.strip();
    }

    private String t(Locale locale, String key, Object... args) {
        return texts.t(locale, key, args);
    }
}
