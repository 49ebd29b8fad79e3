package dk.kernebot.meeting;

import java.time.LocalDate;

/** An action on the conversation's handleplan that is due soon or overdue, as the meeting start card lists it. */
record DueFollowUp(String text, String ownerName, LocalDate due, boolean overdue) {
}
