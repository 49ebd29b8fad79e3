package dk.kernebot.actionplan;

import java.time.LocalDate;

/**
 * A step of the handleplan's way, as the export shows it.
 *
 * @param stage  DRAFTED, BESTYRELSE, FORVALTNING or KVALITETSRAPPORT
 * @param day    when it happened; null for a step not reached yet
 * @param byName who marked it; may be null
 * @param note   may be null
 */
public record PathStepExport(String stage, LocalDate day, String byName, String note) {
}
