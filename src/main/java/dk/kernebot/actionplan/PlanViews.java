package dk.kernebot.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dk.kernebot.cards.CardRenderer;
import dk.kernebot.cards.CardText;
import dk.kernebot.chat.Texts;
import dk.kernebot.chat.UserRef;
import org.springframework.stereotype.Component;

/** Renders the card of one action and the words the plan's cards share, in the reader's language ({@link PlanCard} is the plan card). */
@Component
class PlanViews {

    /** What a card shows besides the plan: an error (nothing was saved) or a confirmation. */
    record Note(String error, String info) {
        static Note none() {
            return new Note(null, null);
        }

        static Note error(String text) {
            return new Note(text, null);
        }

        static Note info(String text) {
            return new Note(null, text);
        }
    }

    private final CardRenderer renderer;
    private final Texts texts;
    private final Clock clock;
    private final AgendaPoints agendaPoints;

    PlanViews(CardRenderer renderer, Texts texts, Clock clock, AgendaPoints agendaPoints) {
        this.renderer = renderer;
        this.texts = texts;
        this.clock = clock;
        this.agendaPoints = agendaPoints;
    }

    /** The goal's agenda point in the reader's words, or null when it came from none. */
    String agendaPoint(Locale locale, Goal goal) {
        return goal.agendaPoint() == null ? null : agendaPoints.name(goal.agendaPoint(), locale);
    }

    /** {@code history}: the newest changes, oldest of them first; {@code older}: how many came before them. */
    String action(Locale locale, Goal goal, PlanAction action, List<HistoryEntry> history, int older,
                  List<UserRef> people, Note note) {
        List<ActionCardView.Choice> owners = new ArrayList<>(people.stream()
                .map(p -> new ActionCardView.Choice(p.displayName(), p.id())).toList());
        if (people.stream().noneMatch(p -> p.id().equals(action.ownerId()))) {
            owners.add(0, new ActionCardView.Choice(action.owner().displayName(), action.ownerId()));
        }
        String label = "actionplan.card.";
        return renderer.render(new ActionCardView(action.id(), action.version(),
                t(locale, "actionplan.card.goalHeading", goal.position(), CardText.escapeMarkdown(CardText.shorten(goal.text(), 80))),
                CardText.escapeMarkdown(action.text()), facts(locale, action, null), action.isOverdue(today()),
                t(locale, "actionplan.card.overdueSince", date(locale, action.due())),
                note.error() != null, note.error() == null ? "" : note.error(),
                note.info() != null, note.info() == null ? "" : note.info(),
                t(locale, "actionplan.card.historyLabel"),
                history.stream().map(h -> new ActionCardView.Line(historyLine(locale, h))).toList(), older > 0,
                older > 0 ? t(locale, "actionplan.card.olderHistory", older) : "",
                action.status().name(), Arrays.stream(ActionStatus.values())
                        .map(s -> new ActionCardView.Choice(t(locale, "actionplan.state." + s.name()), s.name())).toList(),
                action.text(), action.ownerId(), owners, action.dueDate(),
                action.cadenceDays() == null ? 0 : action.cadenceDays(),
                t(locale, label + "statusLabel"), t(locale, label + "statusInputLabel"), t(locale, label + "commentLabel"),
                t(locale, label + "commentPlaceholder"), t(locale, label + "saveStatusLabel"), t(locale, label + "editLabel"),
                t(locale, label + "editTextLabel"), t(locale, label + "ownerLabel"), t(locale, label + "dueLabel"),
                t(locale, label + "cadenceLabel"), t(locale, label + "saveEditLabel"), t(locale, label + "backLabel"),
                t(locale, label + "requiredText")));
    }

    /** Goal, owner, due date, status and cadence, as facts; the goal is left out when {@code goal} is null. */
    List<ActionCardView.Fact> facts(Locale locale, PlanAction action, Goal goal) {
        List<ActionCardView.Fact> facts = new ArrayList<>();
        if (goal != null) {
            facts.add(fact(t(locale, "actionplan.fact.goal"), t(locale, "actionplan.card.goalChoice", goal.position(),
                    CardText.escapeMarkdown(CardText.shorten(goal.text(), 80)))));
        }
        facts.add(fact(t(locale, "actionplan.fact.owner"), CardText.escapeMarkdown(action.owner().displayName())));
        // "26. november 2026" alone in a fact would be read as a numbered list item and indented.
        facts.add(fact(t(locale, "actionplan.fact.due"), CardText.escapeMarkdown(date(locale, action.due()))));
        facts.add(fact(t(locale, "actionplan.fact.status"), status(locale, action.status())));
        if (action.cadenceDays() != null) {
            facts.add(fact(t(locale, "actionplan.fact.cadence"), t(locale, "actionplan.card.cadence", action.cadenceDays())));
        }
        return facts;
    }

    String historyLine(Locale locale, HistoryEntry h) {
        String line = ChangeLines.line(words(locale), CardText::escapeMarkdown, h.kind(), h.byName(), h.from(), h.to());
        line = t(locale, "actionplan.history.entry", moment(locale, h.at()), line);
        return h.comment() == null ? line : line + " – \"" + CardText.escapeMarkdown(h.comment()) + "\"";
    }

    /** This language's words for a history line on a card. */
    ChangeLines.Words words(Locale locale) {
        return new ChangeLines.Words() {
            @Override
            public String text(String key, Object... args) {
                return t(locale, key, args);
            }

            @Override
            public String status(String code) {
                return ActionStatus.parse(code).map(s -> PlanViews.this.status(locale, s)).orElse(code == null ? "–" : code);
            }

            @Override
            public String date(LocalDate date) {
                return PlanViews.this.date(locale, date);
            }
        };
    }

    String status(Locale locale, ActionStatus status) {
        return status == null ? "–" : t(locale, "actionplan.state." + status.name());
    }

    String date(Locale locale, LocalDate date) {
        return DanishDates.format(date, Texts.supported(locale));
    }

    String moment(Locale locale, long epochMillis) {
        ZonedDateTime at = Instant.ofEpochMilli(epochMillis).atZone(clock.getZone());
        return t(locale, "actionplan.card.at", date(locale, at.toLocalDate()), at.format(DateTimeFormatter.ofPattern("HH.mm")));
    }

    String t(Locale locale, String key, Object... args) {
        return texts.get(locale, key, args);
    }

    LocalDate day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(clock.getZone()).toLocalDate();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String color(ActionStatus status) {
        return switch (status) {
            case I_GANG -> "Accent";
            case FORSINKET -> "Warning";
            case FAERDIG -> "Good";
            default -> "Default";
        };
    }

    private static ActionCardView.Fact fact(String title, String value) {
        return new ActionCardView.Fact(title, value);
    }

}
