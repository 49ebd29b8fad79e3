package dk.kernebot.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which reminder an open action is due for, derived from its state and the clock alone (nothing remembered in
 * memory): some working days before the due date, on the day, on the first working day after that, then weekly,
 * and, with a cadence, a check-in every so many days before that. Only the latest stage that has come counts, and
 * only stages after the due date was set: a late start or a restart sends one current reminder, not a backlog.
 */
final class ReminderSchedule {

    /** @param name the stage part of the dedupe key ("before", "due", "overdue:2", "checkin:2027-01-15") */
    record Stage(String kind, String name, LocalDate day, Instant moment) {
        static final String BEFORE = "before";
        static final String DUE = "due";
        static final String OVERDUE = "overdue";
        static final String CHECKIN = "checkin";
    }

    private ReminderSchedule() {
    }

    static Optional<Stage> current(PlanAction action, Instant now, ZoneId zone, int leadWorkingDays,
                                   Predicate<LocalDate> workingDay) {
        if (!action.status().isOpen()) {
            return Optional.empty();
        }
        LocalDate due = action.due();
        Instant from = Instant.ofEpochMilli(action.scheduledFrom());
        List<Stage> stages = new ArrayList<>();
        LocalDate before = workingDaysBefore(due, leadWorkingDays, workingDay);
        if (action.cadenceDays() != null && action.cadenceDays() > 0) {
            LocalDate start = from.atZone(zone).toLocalDate();
            for (LocalDate day = start.plusDays(action.cadenceDays()); day.isBefore(before);
                 day = day.plusDays(action.cadenceDays())) {
                stages.add(stage(Stage.CHECKIN, Stage.CHECKIN + ":" + day, day, zone));
            }
        }
        if (leadWorkingDays > 0) {
            stages.add(stage(Stage.BEFORE, Stage.BEFORE, before, zone));
        }
        stages.add(stage(Stage.DUE, Stage.DUE, due, zone));
        // The due-day reminder of a due date on a closed day goes out on the next working day; the first overdue
        // one comes the working day after that, so the two never arrive together.
        LocalDate dueDelivered = due;
        while (!workingDay.test(dueDelivered) && dueDelivered.isBefore(due.plusYears(1))) {
            dueDelivered = dueDelivered.plusDays(1);
        }
        LocalDate firstAfter = dueDelivered.plusDays(1);
        while (!workingDay.test(firstAfter) && firstAfter.isBefore(due.plusYears(1))) {
            firstAfter = firstAfter.plusDays(1);
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        int n = 1;
        for (LocalDate day = firstAfter; !day.isAfter(today); day = firstAfter.plusWeeks(n++)) {
            stages.add(stage(Stage.OVERDUE, Stage.OVERDUE + ":" + n, day, zone));
        }
        return stages.stream()
                .filter(s -> !s.moment().isAfter(now) && !s.moment().isBefore(from))
                .max(Comparator.comparing(Stage::moment));
    }

    /** The day {@code count} working days before {@code due} (the due date itself when count is 0). */
    static LocalDate workingDaysBefore(LocalDate due, int count, Predicate<LocalDate> workingDay) {
        LocalDate day = due;
        int left = count;
        // A year without working days would be a broken window: stop rather than loop forever.
        for (int guard = 0; left > 0 && guard < 366; guard++) {
            day = day.minusDays(1);
            if (workingDay.test(day)) {
                left--;
            }
        }
        return day;
    }

    private static Stage stage(String kind, String name, LocalDate day, ZoneId zone) {
        return new Stage(kind, name, day, day.atStartOfDay(zone).toInstant());
    }
}
