package dk.kernebot.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    String action(Locale locale, Goal goal, PlanAction action, List<HistoryEntry> history, List<UserRef> people, Note note) {
        LocalDate today = today();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("actionId", action.id());
        data.put("actionVersion", action.version());
        data.put("kicker", t(locale, "actionplan.card.goalHeading", goal.position(), CardText.escapeMarkdown(CardText.shorten(goal.text(), 80))));
        data.put("heading", CardText.escapeMarkdown(action.text()));
        data.put("facts", facts(locale, action, null));
        data.put("isOverdue", action.isOverdue(today));
        data.put("overdueText", t(locale, "actionplan.card.overdueSince", date(locale, action.due())));
        note(data, note);
        data.put("historyLabel", t(locale, "actionplan.card.historyLabel"));
        data.put("history", history.stream().map(h -> Map.of("text", historyLine(locale, h))).toList());
        data.put("currentStatus", action.status().name());
        data.put("statusChoices", Arrays.stream(ActionStatus.values())
                .map(s -> choice(t(locale, "actionplan.state." + s.name()), s.name())).toList());
        data.put("text", action.text());
        data.put("ownerId", action.ownerId());
        List<Map<String, String>> owners = new ArrayList<>(people.stream().map(p -> choice(p.displayName(), p.id())).toList());
        if (people.stream().noneMatch(p -> p.id().equals(action.ownerId()))) {
            owners.add(0, choice(action.owner().displayName(), action.ownerId()));
        }
        data.put("ownerChoices", owners);
        data.put("dueValue", action.dueDate());
        data.put("cadenceValue", action.cadenceDays() == null ? 0 : action.cadenceDays());
        for (String key : List.of("statusLabel", "statusInputLabel", "commentLabel", "commentPlaceholder",
                "saveStatusLabel", "editLabel", "editTextLabel", "ownerLabel", "dueLabel", "cadenceLabel",
                "saveEditLabel", "backLabel", "requiredText")) {
            data.put(key, t(locale, "actionplan.card." + key));
        }
        return renderer.render("handleplan-action", data);
    }

    /** Goal, owner, due date, status and cadence, as facts; the goal is left out when {@code goal} is null. */
    List<Map<String, String>> facts(Locale locale, PlanAction action, Goal goal) {
        List<Map<String, String>> facts = new ArrayList<>();
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

    private static void note(Map<String, Object> data, Note note) {
        data.put("hasError", note.error() != null);
        data.put("error", note.error() == null ? "" : note.error());
        data.put("hasInfo", note.info() != null);
        data.put("info", note.info() == null ? "" : note.info());
    }

    static String color(ActionStatus status) {
        return switch (status) {
            case I_GANG -> "Accent";
            case FORSINKET -> "Warning";
            case FAERDIG -> "Good";
            default -> "Default";
        };
    }

    private static Map<String, String> choice(String title, String value) {
        return Map.of("title", title, "value", value);
    }

    private static Map<String, String> fact(String title, String value) {
        return Map.of("title", title, "value", value);
    }

}
