package dk.kernebot.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import dk.kernebot.chat.Texts;

/** The words and dates of one export in one language, and the one rule all formats share: what counts as overdue. */
final class ExportLabels {

    private static final Set<String> STATUSES = Set.of("IKKE_STARTET", "I_GANG", "FORSINKET", "FAERDIG", "OPGIVET");
    private static final Set<String> CLOSED = Set.of("FAERDIG", "OPGIVET");
    private static final Set<String> QUALITY_TYPES = Set.of("STRUKTUR", "PROCES", "RESULTAT");
    private static final Set<String> CAPITALS = Set.of("INDIVIDUEL", "SOCIAL", "BESLUTNING");
    private static final Set<String> PATH_STAGES = Set.of("DRAFTED", "BESTYRELSE", "FORVALTNING", "KVALITETSRAPPORT");

    private final Texts texts;
    private final Locale locale;
    private final Clock clock;
    private final LocalDate today;
    private final DateTimeFormatter time;

    ExportLabels(Texts texts, Locale locale, Clock clock) {
        this.texts = texts;
        this.locale = Texts.supported(locale);
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.time = DateTimeFormatter.ofPattern(text("actionplan.export.timeFormat"), this.locale);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        return texts.get(locale, key, args);
    }

    /** An action is overdue when its deadline has passed and nobody has closed it, whatever status it was left in. */
    boolean overdue(ActionExport action) {
        return action.due() != null && action.due().isBefore(today)
                && (action.status() == null || !CLOSED.contains(action.status()));
    }

    String today() {
        return date(today);
    }

    String date(LocalDate date) {
        return date == null ? "" : DanishDates.format(date, locale);
    }

    String status(String code) {
        return label("actionplan.status.", STATUSES, code);
    }

    String qualityType(String code) {
        return label("actionplan.quality.", QUALITY_TYPES, code);
    }

    String capital(String code) {
        return label("actionplan.capital.", CAPITALS, code);
    }

    /** One line of an action's history, without any markup: when, who, what happened, and the comment if any. */
    String historyLine(StatusChange change) {
        String when = "";
        String at = "";
        if (change.at() != null) {
            ZonedDateTime local = change.at().atZone(clock.getZone());
            when = date(local.toLocalDate());
            at = time.format(local);
        }
        String what = ChangeLines.line(words(), text -> text, change.kind(), change.byName(), change.from(), change.to());
        String line = text("actionplan.export.historyLine", when, at, what);
        return isBlank(change.comment()) ? line : text("actionplan.export.historyComment", line, change.comment());
    }

    /** One line of a goal's history: when, and what (agreed by whom, reworded from, edited, closed, added). */
    String goalLine(GoalChange change) {
        String when = date(java.time.Instant.ofEpochMilli(change.at()).atZone(clock.getZone()).toLocalDate());
        String by = nullToEmpty(change.byName());
        String line = switch (change.kind()) {
            case GoalChange.AGREED -> text("actionplan.goalChange.agreed", when, by);
            case GoalChange.REWORDED -> text("actionplan.goalChange.reworded", when, by, nullToEmpty(change.from()));
            case GoalChange.CLOSED -> text("actionplan.goalChange.closed", when, by);
            case GoalChange.ADDED -> text("actionplan.goalChange.added", when, by);
            default -> text("actionplan.goalChange.edited", when, by, nullToEmpty(change.from()), nullToEmpty(change.to()));
        };
        return isBlank(change.comment()) ? line : text("actionplan.export.historyComment", line, change.comment());
    }

    /** "Karen Jensen (Bestyrelsesrepræsentant, uden Teams)". */
    String participantLine(SessionPerson person) {
        String role = isBlank(person.role()) ? "" : person.role();
        if (person.external()) {
            return role.isEmpty() ? text("actionplan.export.participantExternal", person.name())
                    : text("actionplan.export.participantRoleExternal", person.name(), role);
        }
        return role.isEmpty() ? person.name() : text("actionplan.export.participantRole", person.name(), role);
    }

    String pathStage(String code) {
        return label("actionplan.path.stage.", PATH_STAGES, code);
    }

    /** A step of the plan's way: its name, and when and by whom it was marked (or that it is not reached yet). */
    String pathLine(PathStepExport step) {
        String name = pathStage(step.stage());
        if (step.day() == null) {
            return text("actionplan.export.pathNotYet", name);
        }
        String line = isBlank(step.byName()) ? text("actionplan.export.pathStep", name, date(step.day()))
                : text("actionplan.export.pathStepBy", name, date(step.day()), step.byName());
        return isBlank(step.note()) ? line : text("actionplan.export.historyComment", line, step.note());
    }

    private ChangeLines.Words words() {
        return new ChangeLines.Words() {
            @Override
            public String text(String key, Object... args) {
                return ExportLabels.this.text(key, args);
            }

            @Override
            public String status(String code) {
                return ExportLabels.this.status(code);
            }

            @Override
            public String date(LocalDate date) {
                return ExportLabels.this.date(date);
            }
        };
    }

    /** A code this version does not know is shown as it is rather than hidden or failing the whole export. */
    private String label(String prefix, Set<String> known, String code) {
        if (code == null) {
            return "";
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        return known.contains(normalised) ? text(prefix + normalised) : code;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
