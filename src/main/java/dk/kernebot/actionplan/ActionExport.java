package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.util.List;

/** STUB until branch planparts is merged. */
public record ActionExport(String text, String ownerName, LocalDate due, String status, List<StatusChange> history) {
}
