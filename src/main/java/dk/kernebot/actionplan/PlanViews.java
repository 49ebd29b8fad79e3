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

/** Renders the plan card and the card of one action, in the reader's language. */
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
    private final PlanLinks links;
    private final Clock clock;

    PlanViews(CardRenderer renderer, Texts texts, PlanLinks links, Clock clock) {
        this.renderer = renderer;
        this.texts = texts;
        this.links = links;
        this.clock = clock;
    }

    /** @param plan null while the conversation has none: the card explains how to start one */
    String plan(Locale locale, Plan plan, List<Goal> goals, List<PlanAction> actions, List<UserRef> people,
                UserRef reader, Note note, String pathLine) {
        LocalDate today = today();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("planId", plan == null ? "" : plan.id());
        data.put("title", t(locale, "actionplan.card.title"));
        data.put("summary", plan == null ? t(locale, "actionplan.card.noPlan") : summary(locale, plan, goals, actions));
        note(data, note);
        data.put("isEmpty", goals.isEmpty());
        data.put("emptyText", t(locale, "actionplan.card.empty"));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        goals.forEach(g -> numbers.put(g.id(), g.position()));
        List<Map<String, Object>> overdue = actions.stream().filter(a -> a.isOverdue(today))
                .map(a -> item(locale, a, numbers.get(a.goalId()), today)).toList();
        data.put("hasOverdue", !overdue.isEmpty());
        data.put("overdueHeading", t(locale, "actionplan.card.overdueHeading", overdue.size()));
        data.put("overdue", overdue);
        List<Map<String, Object>> goalItems = new ArrayList<>();
        for (Goal goal : goals) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("heading", t(locale, "actionplan.card.goalHeading", goal.position(), CardText.escapeMarkdown(goal.text())));
            String tags = tags(locale, goal);
            g.put("hasTags", !tags.isEmpty());
            g.put("tags", tags);
            List<PlanAction> mine = actions.stream().filter(a -> a.goalId().equals(goal.id())).toList();
            List<Map<String, Object>> items = mine.stream().filter(a -> !a.isOverdue(today))
                    .map(a -> item(locale, a, null, today)).toList();
            g.put("actions", items);
            g.put("hasNoActions", items.isEmpty());
            g.put("noActionsText", t(locale, mine.isEmpty() ? "actionplan.card.noActions" : "actionplan.card.allOverdue"));
            goalItems.add(g);
        }
        data.put("goals", goalItems);
        data.put("nextStep", nextStep(locale, goals, actions, today));
        data.put("canAddAction", !goals.isEmpty());
        for (String key : List.of("addActionLabel", "actionTextLabel", "actionTextPlaceholder", "goalLabel", "ownerLabel",
                "dueLabel", "cadenceLabel", "saveActionLabel", "addGoalLabel", "goalTextLabel", "goalTextPlaceholder",
                "agendaLabel", "qualityLabel", "capitalLabel", "saveGoalLabel", "requiredText", "exportLabel",
                "exportText", "pdfLabel", "mdLabel", "csvLabel")) {
            data.put(key, t(locale, "actionplan.card." + key));
        }
        data.put("goalChoices", goals.stream().map(g -> choice(t(locale, "actionplan.card.goalChoice", g.position(),
                CardText.shorten(g.text(), 60)), g.id())).toList());
        data.put("defaultGoal", goals.isEmpty() ? "" : goals.get(goals.size() - 1).id());
        data.put("ownerChoices", people.stream().map(p -> choice(p.displayName(), p.id())).toList());
        data.put("defaultOwner", reader == null || people.stream().noneMatch(p -> p.id().equals(reader.id())) ? ""
                : reader.id());
        data.put("qualityChoices", GoalTags.QUALITY_TYPES.stream()
                .map(v -> choice(t(locale, "actionplan.quality." + v), v)).toList());
        data.put("capitalChoices", GoalTags.CAPITALS.stream()
                .map(v -> choice(t(locale, "actionplan.capital." + v), v)).toList());
        data.put("hasExports", plan != null && !goals.isEmpty());
        data.put("pdfUrl", plan == null ? "" : links.export(plan, "pdf"));
        data.put("mdUrl", plan == null ? "" : links.export(plan, "md"));
        data.put("csvUrl", plan == null ? "" : links.export(plan, "csv"));
        data.put("hasPath", pathLine != null);
        data.put("pathLine", pathLine == null ? "" : pathLine);
        data.put("pathLabel", t(locale, "actionplan.path.title"));
        return renderer.render("handleplan", data);
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

    private Map<String, Object> item(Locale locale, PlanAction a, Integer goalNumber, LocalDate today) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("actionId", a.id());
        item.put("text", CardText.escapeMarkdown(a.text()));
        String meta = t(locale, "actionplan.card.meta", CardText.escapeMarkdown(a.owner().displayName()), date(locale, a.due()));
        item.put("meta", goalNumber == null ? meta : t(locale, "actionplan.card.metaWithGoal", goalNumber, meta));
        boolean overdue = a.isOverdue(today);
        item.put("statusText", overdue ? t(locale, "actionplan.card.overdueStatus", status(locale, a.status()))
                : status(locale, a.status()));
        item.put("statusColor", overdue ? "Attention" : color(a.status()));
        item.put("openLabel", t(locale, "actionplan.card.openLabel"));
        return item;
    }

    private String summary(Locale locale, Plan plan, List<Goal> goals, List<PlanAction> actions) {
        long done = actions.stream().filter(a -> a.status() == ActionStatus.FAERDIG).count();
        return t(locale, "actionplan.card.summary", goals.size(), actions.size(), done,
                date(locale, day(plan.createdAt())));
    }

    private String nextStep(Locale locale, List<Goal> goals, List<PlanAction> actions, LocalDate today) {
        if (goals.isEmpty()) {
            return t(locale, "actionplan.next.start");
        }
        for (Goal goal : goals) {
            if (actions.stream().noneMatch(a -> a.goalId().equals(goal.id()))) {
                return t(locale, "actionplan.next.addAction", goal.position());
            }
        }
        return actions.stream().filter(a -> a.isOverdue(today)).findFirst()
                .map(a -> t(locale, "actionplan.next.overdue", CardText.escapeMarkdown(CardText.shorten(a.text(), 80)),
                        CardText.escapeMarkdown(a.owner().displayName())))
                .or(() -> actions.stream().filter(a -> a.status().isOpen()).findFirst()
                        .map(a -> t(locale, "actionplan.next.due", CardText.escapeMarkdown(CardText.shorten(a.text(), 80)),
                                date(locale, a.due()))))
                .orElseGet(() -> t(locale, "actionplan.next.allDone"));
    }

    private String tags(Locale locale, Goal goal) {
        List<String> parts = new ArrayList<>();
        if (goal.agendaPoint() != null) {
            parts.add(CardText.escapeMarkdown(goal.agendaPoint()));
        }
        if (goal.qualityType() != null) {
            parts.add(t(locale, "actionplan.quality." + goal.qualityType()));
        }
        if (goal.capital() != null) {
            parts.add(t(locale, "actionplan.capital." + goal.capital()));
        }
        return String.join(" · ", parts);
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
