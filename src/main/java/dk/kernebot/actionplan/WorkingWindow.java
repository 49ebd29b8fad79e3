package dk.kernebot.actionplan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When follow-up reminders may reach people: staff in a dagtilbud read Teams during the working day, not in the
 * evening or at weekends. Danish public holidays are always closed on top of this (see {@link WorkingCalendar}).
 *
 * @param days            the weekdays the institutions are open
 * @param start           the first moment a reminder may go out (inclusive)
 * @param end             when reminders stop for the day (exclusive)
 * @param extraClosedDays days that are not public holidays but on which most dagtilbud are closed or run an
 *                        emergency service only; juleaftensdag and nytårsaftensdag by default, because many
 *                        municipalities close their daycare then and a reminder would only wait until after
 *                        New Year anyway
 */
@ConfigurationProperties("kernebot.followup.window")
public record WorkingWindow(List<DayOfWeek> days, LocalTime start, LocalTime end, List<MonthDay> extraClosedDays) {

    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    static final List<MonthDay> CHRISTMAS_EVE_AND_NEW_YEARS_EVE = List.of(MonthDay.of(12, 24), MonthDay.of(12, 31));

    public WorkingWindow {
        // No days at all would leave reminders waiting for ever; treat it as "not configured".
        days = days == null || days.isEmpty() ? WEEKDAYS : List.copyOf(days);
        start = start == null ? LocalTime.of(8, 0) : start;
        end = end == null ? LocalTime.of(16, 0) : end;
        extraClosedDays = extraClosedDays == null ? CHRISTMAS_EVE_AND_NEW_YEARS_EVE : List.copyOf(extraClosedDays);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException(
                    "kernebot.followup.window: start (" + start + ") must be before end (" + end + ")");
        }
    }
}
