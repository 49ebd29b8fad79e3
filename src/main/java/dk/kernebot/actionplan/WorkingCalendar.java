package dk.kernebot.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/** STUB until branch planparts is merged: the working window in Danish time, public holidays skipped. */
@Component
public class WorkingCalendar {

    private final WorkingWindow window;
    private final Clock clock;

    public WorkingCalendar(WorkingWindow window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    public boolean isOpen(Instant moment) {
        ZonedDateTime at = moment.atZone(clock.getZone());
        return workingDay(at.toLocalDate()) && !at.toLocalTime().isBefore(window.start())
                && at.toLocalTime().isBefore(window.end());
    }

    public Instant nextOpening(Instant from) {
        if (isOpen(from)) {
            return from;
        }
        ZonedDateTime at = from.atZone(clock.getZone());
        LocalDate day = at.toLocalDate();
        if (workingDay(day) && at.toLocalTime().isBefore(window.start())) {
            return day.atTime(window.start()).atZone(clock.getZone()).toInstant();
        }
        return nextWorkingDay(day).atTime(window.start()).atZone(clock.getZone()).toInstant();
    }

    public LocalDate nextWorkingDay(LocalDate from) {
        LocalDate day = from.plusDays(1);
        while (!workingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public static boolean isDanishPublicHoliday(LocalDate date) {
        MonthDay md = MonthDay.from(date);
        if (md.equals(MonthDay.of(1, 1)) || md.equals(MonthDay.of(12, 25)) || md.equals(MonthDay.of(12, 26))) {
            return true;
        }
        LocalDate easter = easterSunday(date.getYear());
        long offset = java.time.temporal.ChronoUnit.DAYS.between(easter, date);
        return offset == -3 || offset == -2 || offset == 0 || offset == 1 || offset == 39 || offset == 49
                || offset == 50 || offset == 26 && date.getYear() < 2024;
    }

    private boolean workingDay(LocalDate day) {
        return window.days().contains(day.getDayOfWeek()) && !isDanishPublicHoliday(day)
                && !window.extraClosedDays().contains(MonthDay.from(day));
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
