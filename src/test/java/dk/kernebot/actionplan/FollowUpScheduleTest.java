package dk.kernebot.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** Which reminder stage an action is in, from its state and the clock alone. */
class FollowUpScheduleTest {

    private static final ZoneId DK = ZoneId.of("Europe/Copenhagen");
    private static final Predicate<LocalDate> WEEKDAYS = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY && !WorkingCalendar.isDanishPublicHoliday(d);

    @Test
    void threeWorkingDaysBeforeSkipsTheWeekend() {
        assertThat(ReminderSchedule.workingDaysBefore(LocalDate.of(2027, 3, 1), 3, WEEKDAYS)).isEqualTo(LocalDate.of(2027, 2, 24));
        assertThat(ReminderSchedule.workingDaysBefore(LocalDate.of(2027, 3, 30), 2, WEEKDAYS))
                .as("Easter in between").isEqualTo(LocalDate.of(2027, 3, 23));
    }

    @Test
    void theLatestStageThatHasComeCountsAndOnlyAfterTheDueDateWasSet() {
        PlanAction action = action("2027-03-01", null, "2026-11-23T08:00:00Z");
        assertThat(stage(action, "2027-02-23T12:00:00Z")).isEmpty();
        assertThat(stage(action, "2027-02-24T00:30:00Z")).contains("before");
        assertThat(stage(action, "2027-03-01T10:00:00Z")).contains("due");
        assertThat(stage(action, "2027-03-02T10:00:00Z")).contains("overdue:1");
        assertThat(stage(action, "2027-03-08T10:00:00Z")).contains("overdue:1");
        assertThat(stage(action, "2027-03-09T10:00:00Z")).contains("overdue:2");

        PlanAction late = action("2027-03-01", null, "2027-02-27T10:00:00Z");
        assertThat(stage(late, "2027-02-28T10:00:00Z")).as("created after the before-stage: no late 'before'").isEmpty();
        assertThat(stage(late, "2027-03-01T10:00:00Z")).contains("due");
    }

    @Test
    void aCadenceChecksInEverySoManyDaysBeforeTheLeadTime() {
        PlanAction action = action("2027-03-01", 30, "2027-01-01T09:00:00Z");
        assertThat(stage(action, "2027-01-30T10:00:00Z")).isEmpty();
        assertThat(stage(action, "2027-01-31T10:00:00Z")).contains("checkin:2027-01-31");
        assertThat(stage(action, "2027-02-24T10:00:00Z")).contains("before");
    }

    @Test
    void closedActionsAreNotReminded() {
        PlanAction done = new PlanAction("a", "p", "g", "t", "u", null, "Bo", "2027-03-01", null, ActionStatus.FAERDIG,
                null, Instant.parse("2026-11-23T08:00:00Z").toEpochMilli(), "Anne", 0, 0, 0);
        assertThat(stage(done, "2027-03-02T10:00:00Z")).isEmpty();
    }

    private static Optional<String> stage(PlanAction action, String now) {
        return ReminderSchedule.current(action, Instant.parse(now), DK, 3, WEEKDAYS).map(ReminderSchedule.Stage::name);
    }

    private static PlanAction action(String due, Integer cadence, String from) {
        return new PlanAction("a", "p", "g", "t", "u", null, "Bo", due, cadence, ActionStatus.I_GANG, null,
                Instant.parse(from).toEpochMilli(), "Anne", 0, 0, 0);
    }
}
