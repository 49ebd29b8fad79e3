package dk.kernebot.actionplan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The texts the plan's sessions wrote for its export (see {@link ExportSection}). The session module answers it, so
 * the plan reads them without knowing how a session is made; with no session module there are none.
 */
public interface SessionSections {

    /** The sections the given sessions wrote, in the order of the ids, in the reader's language. */
    List<ExportSection> of(List<String> sessionIds, Locale locale);

    /** The name of what the session was (a kvalitetssamtale, a læreplan evaluation), for the export's heading. */
    default Optional<String> title(String sessionId, Locale locale) {
        return Optional.empty();
    }
}
