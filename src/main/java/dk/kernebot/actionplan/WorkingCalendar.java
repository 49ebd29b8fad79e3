package dk.kernebot.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/**
 * Whether a reminder may go out now, and if not, when: inside the {@link WorkingWindow}, in the clock's time zone
 * (Europe/Copenhagen), never on a Danish public holiday or one of the window's extra closed days.
 */
@Component
public class WorkingCalendar {

    /** Far more than any run of closed days; only a broken configuration could get here. */
    private static final int MAX_DAYS_AHEAD = 3660;

    private final WorkingWindow window;
    private final ZoneId zone;

    public WorkingCalendar(WorkingWindow window, Clock clock) {
        this.window = window;
        this.zone = clock.getZone();
    }

    public boolean isOpen(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(window.start()) && time.isBefore(window.end());
    }

    /** {@code from} itself when open; otherwise the start of the window on the next working day. */
    public Instant nextOpening(Instant from) {
        if (isOpen(from)) {
            return from;
        }
        ZonedDateTime local = from.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (!isWorkingDay(day) || !local.toLocalTime().isBefore(window.start())) {
            day = nextWorkingDay(day.plusDays(1));
        }
        // Built from the local date and time, not by adding hours, so a DST change in between cannot shift it.
        return ZonedDateTime.of(day, window.start(), zone).toInstant();
    }

    /** {@code from} itself when it is a working day. */
    public LocalDate nextWorkingDay(LocalDate from) {
        LocalDate day = from;
        for (int i = 0; i < MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("No working day within " + MAX_DAYS_AHEAD + " days of " + from
                + "; check kernebot.followup.window");
    }

    public boolean isWorkingDay(LocalDate date) {
        return window.days().contains(date.getDayOfWeek())
                && !window.extraClosedDays().contains(MonthDay.from(date))
                && !isDanishPublicHoliday(date);
    }

    /**
     * Nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfartsdag, pinsedag, 2. pinsedag,
     * juledag and 2. juledag. Store bededag only until 2023: it was abolished as a holiday from 2024.
     */
    public static boolean isDanishPublicHoliday(LocalDate date) {
        return DanishHolidays.contains(date);
    }
}
