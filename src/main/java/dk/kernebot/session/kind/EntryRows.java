package dk.kernebot.session.kind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dk.kernebot.chat.UserRef;
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

    /** One entry's row, given its byline (worked out for the whole page at once). */
    @FunctionalInterface
    interface Drawer {
        EntryRow draw(Entry entry, String byline);
    }

    /** "Fra Anne" (and "(noteret af Bo)" when the referent wrote it down), and that the group does it in practice. */
    private String byline(StepContext context, Entry entry, Optional<UserRef> notedBy) {
        String by = t(context, "session.entry.by", texts.name(entry.authorName()))
                + notedBy.map(n -> " " + t(context, "session.entry.notedBy", texts.name(n.name()))).orElse("");
        return entry.inPractice() ? by + " · " + t(context, "session.summary.inPractice") : by;
    }

    /**
     * The list of the entries written at {@code listStepId} at the page the group chose: the newest
     * {@link #PER_PAGE} first (for PRIORITY, the top of the votes given at this step), with how many there are and
     * "Vis flere" back in time. Only the page is read (issue 19): a count, the page's rows, and who noted them.
     */
    EntriesView view(StepContext context, String kindKey, String listStepId, Drawer toRow) {
        boolean newestFirst = !"PRIORITY".equals(kindKey);
        int total = entries.count(context.sessionId(), listStepId);
        ListPage page = ListPage.of(total, PER_PAGE, pages.page(context, total), newestFirst);
        int size = page.to() - page.from();
        List<Entry> shown = size == 0 ? List.of() : newestFirst
                ? entries.newest(context.sessionId(), listStepId, total - page.to(), size)
                : entries.ranked(context.sessionId(), listStepId, context.stepId(), page.from(), size);
        List<EntryRow> rows = rows(context, shown, toRow);
        String pageText = t(context, newestFirst ? "session.entries.pageNewest" : "session.entries.pageRanked",
                page.from() + 1, page.to(), page.total());
        // A process may title the list its own way: the læreplan's moves have no goals, unlike the quality dialogue.
        String heading = texts.forProcess(context.locale(), "session.entries." + kindKey, context.process());
        return new EntriesView(context.ref(), heading, total == 0,
                t(context, "session.entries.none." + kindKey), rows, page.paged(),
                pageText, page.hasNext(), t(context, "session.entries.more", Math.max(1, page.after(newestFirst))),
                page.page() + 1, page.hasPrevious(), t(context, "session.entries.previous"), page.page() - 1);
    }

    /** These entries' rows, who noted them read for all of them at once (a kind that picks its entries itself). */
    List<EntryRow> rows(StepContext context, List<Entry> shown, Drawer toRow) {
        Map<String, UserRef> noted = notes.notedBy(shown.stream().map(Entry::id).toList());
        return shown.stream()
                .map(e -> toRow.draw(e, byline(context, e, Optional.ofNullable(noted.get(e.id()))))).toList();
    }

    /** "Vis flere" / "Tilbage" under the list of the entries written at {@code listStepId}. */
    Outcome page(StepContext context, StepClick click, String listStepId) {
        return pages.choose(context, click, entries.count(context.sessionId(), listStepId));
    }

    List<String> authors(StepContext context) {
        return entries.authorIds(context.sessionId(), context.stepId());
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
        return entries.activeIn(context.sessionId(), stepId, click.string("entryId"));
    }

    private String t(StepContext context, String key, Object... args) {
        return texts.t(context.locale(), key, args);
    }
}
