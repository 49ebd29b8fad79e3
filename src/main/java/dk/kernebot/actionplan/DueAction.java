package dk.kernebot.actionplan;

import java.time.LocalDate;

/** An open action on a handleplan with its due date, for lists outside the plan (the meeting start card). */
public record DueAction(String text, String ownerName, LocalDate due, boolean overdue) {
}
