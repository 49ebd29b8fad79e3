package dk.kernebot.session.kind;

import java.util.List;

/** The entries a step lists (proposals, bobler, notes, roles), bound to {@code cards/session-entries.json}. */
public record EntriesView(StepRef step, String label, boolean noEntries, String noEntriesText, List<EntryRow> entries) {

    public EntriesView {
        entries = List.copyOf(entries);
    }
}
