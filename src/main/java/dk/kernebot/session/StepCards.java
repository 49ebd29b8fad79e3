package dk.kernebot.session;

import java.util.List;
import java.util.Locale;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.session.kind.StepBody;
import dk.kernebot.session.kind.StepContext;
import dk.kernebot.session.kind.StepTypes;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Draws a step card: the shared frame ({@code cards/session-card.json}) with the step type's own part
 * ({@code cards/session-<kind>.json}) and its entries ({@code cards/session-entries.json}) put in its place.
 */
@Component
class StepCards {

    private final StepTypes types;
    private final CardRenderer renderer;
    private final SessionTexts texts;
    private final Voices voices;
    private final OnBehalf onBehalf;
    private final RoundCard round;
    private final JsonMapper json = JsonMapper.builder().build();

    StepCards(StepTypes types, CardRenderer renderer, SessionTexts texts, Voices voices, OnBehalf onBehalf,
              RoundCard round) {
        this.onBehalf = onBehalf;
        this.round = round;
        this.types = types;
        this.renderer = renderer;
        this.texts = texts;
        this.voices = voices;
    }

    String render(StepContext context) {
        return render(context, StepNote.NONE);
    }

    String render(StepContext context, StepNote note) {
        return render(context, note, false);
    }

    /** With {@code offerCurrent}, a card that is not the current step gets "Vis det aktuelle trin" as its one button. */
    String render(StepContext context, StepNote note, boolean offerCurrent) {
        StepBody body = types.of(context.step()).body(context);
        ObjectNode card = (ObjectNode) json.readTree(renderer.render(frame(context, note, body,
                offerCurrent && !context.isCurrent())));
        JsonNode part = json.readTree(renderer.render(body.view()));
        onBehalf.addFields(part, context);
        ArrayNode items = json.createArrayNode();
        part.path("body").forEach(items::add);
        body.entries().ifPresent(entries -> json.readTree(renderer.render(entries)).path("body")
                .forEach(items::add));
        ArrayNode actions = json.createArrayNode();
        part.path("actions").forEach(actions::add);
        fill((ArrayNode) card.get("body"), "stepBody", "items", items);
        int kindActions = actions.size();
        // In a meeting chat: the round instead of the nudge (its button joins the others at the card's foot).
        ArrayNode roundItems = json.createArrayNode();
        round.view(context).map(view -> json.readTree(renderer.render(view))).ifPresent(roundPart -> {
            roundPart.path("body").forEach(roundItems::add);
            roundPart.path("actions").forEach(actions::add);
        });
        fill((ArrayNode) card.get("body"), "stepRound", "items", roundItems);
        fill((ArrayNode) card.get("body"), "stepActions", "actions", actions);
        ActionBar.arrange(card, kindActions, context.isCurrent() && !voices.quiet(context).isEmpty(),
                t(context.locale(), "session.more"));
        return json.writeValueAsString(card);
    }

    /** Puts the part's elements first into the frame's placeholder; a placeholder left empty goes. */
    private static void fill(ArrayNode body, String id, String field, ArrayNode elements) {
        for (int i = 0; i < body.size(); i++) {
            JsonNode node = body.get(i);
            if (!id.equals(node.path("id").asString(""))) {
                continue;
            }
            ObjectNode placeholder = (ObjectNode) node;
            placeholder.remove("id");
            ArrayNode merged = elements.deepCopy();
            placeholder.path(field).forEach(merged::add);
            placeholder.set(field, merged);
            if (merged.isEmpty()) {
                body.remove(i);
            }
            return;
        }
    }

    private StepFrame frame(StepContext context, StepNote note, StepBody body, boolean offerCurrent) {
        Locale locale = context.locale();
        GuidedSession session = context.session();
        StepDefinition step = context.step();
        boolean current = context.isCurrent();
        boolean counted = voices.counted(context);
        List<String> spoken = voices.spoken(context).stream().map(p -> texts.escape(p.displayName())).toList();
        List<String> quiet = voices.quiet(context).stream().map(p -> texts.escape(p.displayName())).toList();
        return new StepFrame(session.id(), step.id(), StaleClicks.version(session), context.process().title().in(locale),
                t(locale, "session.stepHeading", context.stepIndex() + 1, context.process().steps().size(),
                        step.title().in(locale)),
                step.guidance().in(locale), step.aboutChildren() && current, t(locale, "privacy.children.reminder"),
                !current, closedNote(locale, session, context.stepIndex()), note.isError() && !note.isEmpty(),
                !note.isError() && !note.isEmpty(), note.text(), counted,
                spoken.isEmpty() ? t(locale, "session.voices.none") : t(locale, "session.voices.spoken", String.join(", ", spoken)),
                quiet.isEmpty() ? (spoken.isEmpty() ? "" : t(locale, "session.voices.all"))
                        : t(locale, "session.voices.quiet", String.join(", ", quiet)),
                onBehalf.facilitatorNote(context, t(locale, "session.facilitator", texts.name(session.facilitatorName()))),
                current && step.reflectionTheme() != null, t(locale, "session.reflection"),
                "kort " + (step.reflectionTheme() == null ? "" : step.reflectionTheme()),
                current && !quiet.isEmpty() && !RoundCard.inMeetingChat(session), t(locale, "session.nudge"), current && body.stepButtons(),
                t(locale, "session.next"), context.stepIndex() > 0, t(locale, "session.back"), t(locale, "session.pause"),
                t(locale, "session.end"), current && body.stepButtons(), t(locale, "session.raise"),
                t(locale, "session.raise.inputLabel"), t(locale, "session.raise.placeholder"),
                t(locale, "session.raise.submit"), offerCurrent, t(locale, "session.current"));
    }

    private String closedNote(Locale locale, GuidedSession session, int stepIndex) {
        return switch (session.status()) {
            case PAUSED -> t(locale, "session.closed.paused");
            case COMPLETED, ENDED -> t(locale, "session.closed.finished");
            default -> stepIndex < session.stepIndex() ? t(locale, "session.closed.done") : t(locale, "session.closed.later");
        };
    }

    private String t(Locale locale, String key, Object... args) {
        return texts.t(locale, key, args);
    }
}
