package dk.kernebot.session.kind;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dk.kernebot.session.Entry;
import dk.kernebot.session.EntryNotes;
import dk.kernebot.session.EntryStore;
import dk.kernebot.session.SessionTexts;
import org.springframework.stereotype.Component;

/**
 * What the kinds that collect entries share: the row an entry becomes on the card, the text checks, and editing
 * or withdrawing one's own entry.
 */
@Component
class EntryRows {

    static final int MAX_TEXT = 1000;

    private final EntryStore entries;
    private final SessionTexts texts;
    private final EntryNotes notes;

    EntryRows(EntryStore entries, SessionTexts texts, EntryNotes notes) {
        this.entries = entries;
        this.texts = texts;
        this.notes = notes;
    }

    EntryRow row(StepContext context, Entry entry, String prefix, String text, boolean highlighted, String byline,
                 String details, EntryButtons buttons) {
        var l = context.locale();
        return new EntryRow(entry.id(), prefix, text, highlighted ? "Bolder" : "Default",
                highlighted ? "good" : "default", byline, details, !details.isEmpty(),
                !buttons.voteLabel().isEmpty(), buttons.voteLabel(), buttons.agree(), t(context, "session.agree.pick"),
                !buttons.practiceLabel().isEmpty(), buttons.practiceLabel(), buttons.edit(), t(context, "session.edit"),
                "edit-" + entry.id(), t(context, "session.edit.inputLabel"), entry.text(),
                texts.t(l, "session.edit.save"), texts.t(l, "session.withdraw"));
    }

    /** "Fra Anne" (and "(noteret af Bo)" when the referent wrote it down), and that the group does it in practice. */
    String byline(StepContext context, Entry entry) {
        String by = t(context, "session.entry.by", texts.name(entry.authorName()))
                + notes.notedBy(entry.id()).map(n -> " " + t(context, "session.entry.notedBy", texts.name(n.name())))
                        .orElse("");
        return entry.inPractice() ? by + " · " + t(context, "session.summary.inPractice") : by;
    }

    EntriesView view(StepContext context, String kindKey, List<EntryRow> rows) {
        return new EntriesView(context.ref(), t(context, "session.entries." + kindKey), rows.isEmpty(),
                t(context, "session.entries.none." + kindKey), rows);
    }

    List<String> authors(StepContext context) {
        return entries.active(context.sessionId(), context.stepId()).stream().map(Entry::authorId).distinct().toList();
    }

    /** Why a text cannot be saved (empty, too long), or empty when it can. */
    Optional<String> problem(StepContext context, String text) {
        if (text.isEmpty()) {
            return Optional.of(t(context, "session.error.empty"));
        }
        if (text.length() > MAX_TEXT) {
            return Optional.of(t(context, "session.error.tooLong", MAX_TEXT));
        }
        return Optional.empty();
    }

    /** "Ret" and "Træk tilbage" on one's own entry; the verbs {@code session.edit} and {@code session.withdraw}. */
    Outcome editOrWithdraw(StepContext context, StepClick click) {
        if ("session.edit".equals(click.verb())) {
            return onOwn(context, click, entry -> entries.edit(entry.id(), click.text("edit-" + entry.id())),
                    entry -> problem(context, click.text("edit-" + entry.id())));
        }
        return onOwn(context, click, entry -> entries.withdraw(entry.id()), entry -> Optional.empty());
    }

    private Outcome onOwn(StepContext context, StepClick click, Consumer<Entry> change,
                          java.util.function.Function<Entry, Optional<String>> check) {
        Optional<Entry> entry = Optional.ofNullable(click.string("entryId")).flatMap(entries::find)
                .filter(e -> e.sessionId().equals(context.sessionId()) && e.isActive());
        if (entry.isEmpty()) {
            return Outcome.refused(t(context, "session.error.gone"));
        }
        // The one who noted an entry for someone in the room may put it right, as its author may.
        boolean noter = notes.notedBy(entry.get().id()).map(n -> n.id().equals(click.user().id())).orElse(false);
        if (!entry.get().authorId().equals(click.user().id()) && !noter) {
            return Outcome.notice(t(context, "session.authorOnly", entry.get().authorName()));
        }
        Optional<String> problem = check.apply(entry.get());
        if (problem.isPresent()) {
            return Outcome.refused(problem.get());
        }
        change.accept(entry.get());
        return Outcome.changed();
    }

    /** The entry of this step a click names, if it is still there. */
    Optional<Entry> named(StepContext context, StepClick click, String stepId) {
        String id = click.string("entryId");
        return entries.active(context.sessionId(), stepId).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private String t(StepContext context, String key, Object... args) {
        return texts.t(context.locale(), key, args);
    }
}
