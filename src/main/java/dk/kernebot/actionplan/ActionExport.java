package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * @param ownerName may be null
 * @param due       may be null
 * @param status    IKKE_STARTET, I_GANG, FORSINKET, FAERDIG or OPGIVET
 * @param history   oldest first
 */
public record ActionExport(String text, String ownerName, LocalDate due, String status, List<StatusChange> history) {

    public ActionExport {
        text = text == null ? "" : text;
        history = history == null ? List.of() : List.copyOf(history);
    }
}
