package dk.kernebot.session.kind;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import java.util.List;

/** The entries a step lists (proposals, bobler, notes, roles), bound to {@code cards/session-entries.json}. */
@CardTemplate("session-entries")
public record EntriesView(StepRef step, String label, boolean noEntries, String noEntriesText, List<EntryRow> entries) implements CardView {

    public EntriesView {
        entries = List.copyOf(entries);
    }
}
