package dk.kernebot.session.kind;

import dk.kernebot.cards.CardTemplate;
import dk.kernebot.cards.CardView;
import java.util.List;

/**
 * The entries a step lists (proposals, bobler, notes, roles), bound to {@code cards/session-entries.json}: one page of
 * them, with how many there are and "Vis flere" / "Tilbage" to page in place when they do not fit on one card.
 */
@CardTemplate("session-entries")
public record EntriesView(StepRef step, String label, boolean noEntries, String noEntriesText, List<EntryRow> entries,
                          boolean hasPaging, String pageText, boolean hasMore, String moreLabel, int nextPage,
                          boolean hasPrevious, String previousLabel, int previousPage) implements CardView {

    public EntriesView {
        entries = List.copyOf(entries);
    }
}
