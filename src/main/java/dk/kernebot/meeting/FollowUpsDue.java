package dk.kernebot.meeting;

import java.time.LocalDate;
import java.util.List;

/** Asks the handleplan for actions due by a date (overdue ones included), so the meeting card can list them. */
interface FollowUpsDue {

    List<DueFollowUp> dueBy(String conversationId, LocalDate by, LocalDate today);
}
