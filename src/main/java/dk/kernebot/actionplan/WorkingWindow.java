package dk.kernebot.actionplan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** STUB until branch planparts is merged: when reminders may reach people (default weekdays 08–16). */
@ConfigurationProperties("kernebot.followup.window")
public record WorkingWindow(List<DayOfWeek> days, LocalTime start, LocalTime end, List<MonthDay> extraClosedDays) {

    public WorkingWindow {
        days = days == null || days.isEmpty() ? List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY) : List.copyOf(days);
        start = start == null ? LocalTime.of(8, 0) : start;
        end = end == null ? LocalTime.of(16, 0) : end;
        extraClosedDays = extraClosedDays == null ? List.of() : List.copyOf(extraClosedDays);
    }
}
