package dk.kernebot.session.kind;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

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
    /** Entries on one card: even at 1,000 characters each (shown, and again in the edit field) the card stays small. */
    static final int PER_PAGE = 6;

    private final EntryStore entries;
    private final SessionTexts texts;
    private final ListPages pages;
    private final EntryNotes notes;

    EntryRows(EntryStore entries, SessionTexts texts, ListPages pages, EntryNotes notes) {
        this.entries = entries;
        this.texts = texts;
        this.pages = pages;
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

    /**
     * The step's list at the page the group chose: the newest {@link #PER_PAGE} first (for a ranking, the top), with
     * how many there are and "Vis flere" back in time.
     *
     * @param all   every entry, in the kind's order (as written, or ranked for PRIORITY)
     * @param toRow draws one entry's row; only the page's entries are drawn
     */
    EntriesView view(StepContext context, String kindKey, List<Entry> all, Function<Entry, EntryRow> toRow) {
        boolean newestFirst = !"PRIORITY".equals(kindKey);
        ListPage page = ListPage.of(all.size(), PER_PAGE, pages.page(context, all.size()), newestFirst);
        List<EntryRow> rows = all.subList(page.from(), page.to()).stream().map(toRow).toList();
        String pageText = t(context, newestFirst ? "session.entries.pageNewest" : "session.entries.pageRanked",
                page.from() + 1, page.to(), page.total());
        // A process may title the list its own way: the læreplan's moves have no goals, unlike the quality dialogue.
        String heading = texts.forProcess(context.locale(), "session.entries." + kindKey, context.process());
        return new EntriesView(context.ref(), heading, all.isEmpty(),
                t(context, "session.entries.none." + kindKey), rows, page.paged(),
                pageText, page.hasNext(), t(context, "session.entries.more", Math.max(1, page.after(newestFirst))),
                page.page() + 1, page.hasPrevious(), t(context, "session.entries.previous"), page.page() - 1);
    }

    /** "Vis flere" / "Tilbage" under the list of the entries written at {@code listStepId}. */
    Outcome page(StepContext context, StepClick click, String listStepId) {
        return pages.choose(context, click, entries.active(context.sessionId(), listStepId).size());
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

    /**
     * "Ret" and "Træk tilbage" on one's own entry (the verbs {@code session.edit} and {@code session.withdraw}), and
     * the list's "Vis flere" / "Tilbage" ({@link ListPages#VERB}): every click on the list itself.
     */
    Outcome editOrWithdraw(StepContext context, StepClick click) {
        if (ListPages.VERB.equals(click.verb())) {
            return page(context, click, context.stepId());
        }
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
