package dk.kernebot.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private final WorkingCalendar calendar =
            new WorkingCalendar(new WorkingWindow(null, null, null, null), Clock.fixed(Instant.EPOCH, COPENHAGEN));

    @ParameterizedTest
    @CsvSource({"2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2028,2028-04-16",
            "2029,2029-04-01", "2030,2030-04-21", "2019,2019-04-21", "2038,2038-04-25", "2285,2285-03-22"})
    void easterSunday(int year, LocalDate sunday) {
        assertThat(Easter.sunday(year)).isEqualTo(sunday);
    }

    /** From the Danish calendar (helligdage), 2024–2030; every other day of those years is not a holiday. */
    @Test
    void theTenPublicHolidaysOf2024To2030AndNoOtherDays() {
        Map<Integer, List<String>> moving = Map.of(
                2024, List.of("03-28", "03-29", "03-31", "04-01", "05-09", "05-19", "05-20"),
                2025, List.of("04-17", "04-18", "04-20", "04-21", "05-29", "06-08", "06-09"),
                2026, List.of("04-02", "04-03", "04-05", "04-06", "05-14", "05-24", "05-25"),
                2027, List.of("03-25", "03-26", "03-28", "03-29", "05-06", "05-16", "05-17"),
                2028, List.of("04-13", "04-14", "04-16", "04-17", "05-25", "06-04", "06-05"),
                2029, List.of("03-29", "03-30", "04-01", "04-02", "05-10", "05-20", "05-21"),
                2030, List.of("04-18", "04-19", "04-21", "04-22", "05-30", "06-09", "06-10"));
        for (int year = 2024; year <= 2030; year++) {
            List<LocalDate> expected = new ArrayList<>();
            List<String> monthDays = new ArrayList<>(List.of("01-01", "12-25", "12-26"));
            monthDays.addAll(moving.get(year));
            for (String monthDay : monthDays) {
                expected.add(LocalDate.parse(year + "-" + monthDay));
            }
            List<LocalDate> found = new ArrayList<>();
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                if (WorkingCalendar.isDanishPublicHoliday(day)) {
                    found.add(day);
                }
            }
            assertThat(found).as("holidays %d", year).containsExactlyInAnyOrderElementsOf(expected).hasSize(10);
        }
    }

    @Test
    void storeBededagWasAbolishedFrom2024() {
        assertThat(WorkingCalendar.isDanishPublicHoliday(LocalDate.of(2023, 5, 5))).as("2023, the last one").isTrue();
        assertThat(WorkingCalendar.isDanishPublicHoliday(LocalDate.of(2024, 4, 26))).isFalse();
        assertThat(WorkingCalendar.isDanishPublicHoliday(LocalDate.of(2025, 5, 16))).isFalse();
        assertThat(WorkingCalendar.isDanishPublicHoliday(LocalDate.of(2027, 4, 23))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 16))).isTrue();
    }

    @Test
    void grundlovsdagIsNotAPublicHolidayButCanBeClosed() {
        LocalDate grundlovsdag = LocalDate.of(2026, 6, 5);
        assertThat(WorkingCalendar.isDanishPublicHoliday(grundlovsdag)).isFalse();
        assertThat(calendar.isWorkingDay(grundlovsdag)).isTrue();
        WorkingWindow withGrundlovsdag = new WorkingWindow(null, null, null,
                List.of(MonthDay.of(12, 24), MonthDay.of(12, 31), MonthDay.of(6, 5)));
        assertThat(new WorkingCalendar(withGrundlovsdag, Clock.system(COPENHAGEN)).isWorkingDay(grundlovsdag))
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource({"07:59,false", "08:00,true", "12:00,true", "15:59,true", "15:59:59.999,true", "16:00,false",
            "23:30,false", "00:00,false"})
    void theWindowIncludesItsStartAndExcludesItsEnd(LocalTime time, boolean open) {
        assertThat(calendar.isOpen(copenhagen(LocalDate.of(2026, 3, 4), time))).as("%s", time).isEqualTo(open);
    }

    @Test
    void weekendsHolidaysAndChristmasClosedDaysAreClosedAllDay() {
        LocalTime noon = LocalTime.NOON;
        assertThat(calendar.isOpen(copenhagen(LocalDate.of(2026, 3, 7), noon))).as("Saturday").isFalse();
        assertThat(calendar.isOpen(copenhagen(LocalDate.of(2026, 3, 8), noon))).as("Sunday").isFalse();
        assertThat(calendar.isOpen(copenhagen(LocalDate.of(2026, 4, 3), noon))).as("langfredag").isFalse();
        assertThat(calendar.isOpen(copenhagen(LocalDate.of(2026, 5, 14), noon))).as("Kristi himmelfart").isFalse();
        assertThat(calendar.isOpen(copenhagen(LocalDate.of(2026, 12, 24), noon))).as("juleaftensdag").isFalse();
        assertThat(calendar.isOpen(copenhagen(LocalDate.of(2026, 12, 31), noon))).as("nytårsaftensdag").isFalse();
        assertThat(calendar.isOpen(copenhagen(LocalDate.of(2026, 12, 23), noon))).as("lillejuleaftensdag").isTrue();
        assertThat(calendar.isOpen(copenhagen(LocalDate.of(2026, 12, 28), noon))).as("between the years").isTrue();
    }

    @Test
    void nextOpeningIsTheMomentItselfWhenOpen() {
        Instant open = copenhagen(LocalDate.of(2026, 3, 4), LocalTime.of(10, 17, 3));
        assertThat(calendar.nextOpening(open)).isEqualTo(open);
    }

    @Test
    void nextOpeningBeforeTheWindowIsTheSameMorning() {
        LocalDate wednesday = LocalDate.of(2026, 3, 4);
        assertThat(calendar.nextOpening(copenhagen(wednesday, LocalTime.of(6, 0))))
                .isEqualTo(copenhagen(wednesday, LocalTime.of(8, 0)));
    }

    @Test
    void nextOpeningAfterFridaysWindowIsMondayMorning() {
        Instant fridayAfternoon = copenhagen(LocalDate.of(2026, 3, 6), LocalTime.of(16, 0));
        assertThat(calendar.nextOpening(fridayAfternoon)).isEqualTo(copenhagen(LocalDate.of(2026, 3, 9), LocalTime.of(8, 0)));
        Instant saturday = copenhagen(LocalDate.of(2026, 3, 7), LocalTime.of(9, 0));
        assertThat(calendar.nextOpening(saturday)).isEqualTo(copenhagen(LocalDate.of(2026, 3, 9), LocalTime.of(8, 0)));
    }

    @Test
    void easterIsSkippedFromTheWednesdayBeforeToTheTuesdayAfter() {
        Instant wednesdayEvening = copenhagen(LocalDate.of(2026, 4, 1), LocalTime.of(17, 0));
        assertThat(calendar.nextOpening(wednesdayEvening))
                .isEqualTo(copenhagen(LocalDate.of(2026, 4, 7), LocalTime.of(8, 0)));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void christmasAndNewYearAreSkipped() {
        // 2026: 24 Thu (closed), 25 Fri and 26 Sat holidays, 27 Sunday; 31 Thu (closed), 1 Jan Friday holiday.
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.nextOpening(copenhagen(LocalDate.of(2026, 12, 23), LocalTime.of(16, 30))))
                .isEqualTo(copenhagen(LocalDate.of(2026, 12, 28), LocalTime.of(8, 0)));
    }

    @Test
    void nextWorkingDayIsTheDayItselfWhenItIsOne() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 3, 4))).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 3, 7))).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aConfiguredWindowIsHonoured() {
        WorkingWindow tuesdaysOnly = new WorkingWindow(List.of(DayOfWeek.TUESDAY), LocalTime.of(9, 30),
                LocalTime.of(11, 0), List.of());
        WorkingCalendar narrow = new WorkingCalendar(tuesdaysOnly, Clock.system(COPENHAGEN));
        assertThat(narrow.isOpen(copenhagen(LocalDate.of(2026, 3, 4), LocalTime.of(10, 0)))).isFalse();
        assertThat(narrow.isOpen(copenhagen(LocalDate.of(2026, 3, 3), LocalTime.of(10, 0)))).isTrue();
        assertThat(narrow.nextOpening(copenhagen(LocalDate.of(2026, 3, 3), LocalTime.of(11, 0))))
                .isEqualTo(copenhagen(LocalDate.of(2026, 3, 10), LocalTime.of(9, 30)));
        assertThat(narrow.isWorkingDay(LocalDate.of(2026, 12, 29))).as("no extra closed days").isTrue();
        assertThat(narrow.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
    }

    @Test
    void theClocksTimeZoneDecidesWhatEightOClockMeans() {
        Instant sevenUtcInWinter = Instant.parse("2026-03-04T07:00:00Z");
        assertThat(calendar.isOpen(sevenUtcInWinter)).as("08:00 in Copenhagen").isTrue();
        WorkingCalendar utc = new WorkingCalendar(new WorkingWindow(null, null, null, null), Clock.systemUTC());
        assertThat(utc.isOpen(sevenUtcInWinter)).isFalse();
    }

    @Test
    void springForwardInMarchKeepsEightOClockLocalTime() {
        LocalDate springForward = lastSunday(2026, Month.MARCH);
        assertThat(springForward).isEqualTo(LocalDate.of(2026, 3, 29));
        // Friday afternoon in winter time, Monday morning in summer time: 08:00 CEST is 06:00 UTC.
        Instant fridayEvening = copenhagen(springForward.minusDays(2), LocalTime.of(18, 0));
        assertThat(calendar.nextOpening(fridayEvening)).isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
        Instant inTheGap = Instant.parse("2026-03-29T01:30:00Z");
        assertThat(calendar.nextOpening(inTheGap)).isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
        assertThat(calendar.isOpen(Instant.parse("2026-03-30T05:59:00Z"))).isFalse();
        assertThat(calendar.isOpen(Instant.parse("2026-03-30T06:00:00Z"))).isTrue();
    }

    @Test
    void springForwardOnEasterSunday2027SkipsAnotherDay() {
        LocalDate springForward = lastSunday(2027, Month.MARCH);
        assertThat(springForward).isEqualTo(Easter.sunday(2027));
        Instant saturday = copenhagen(springForward.minusDays(1), LocalTime.of(12, 0));
        assertThat(calendar.nextOpening(saturday)).isEqualTo(Instant.parse("2027-03-30T06:00:00Z"));
    }

    @Test
    void fallBackInOctoberKeepsEightOClockLocalTime() {
        LocalDate fallBack = lastSunday(2026, Month.OCTOBER);
        assertThat(fallBack).isEqualTo(LocalDate.of(2026, 10, 25));
        Instant fridayAtFour = copenhagen(fallBack.minusDays(2), LocalTime.of(16, 0));
        assertThat(calendar.nextOpening(fridayAtFour)).isEqualTo(Instant.parse("2026-10-26T07:00:00Z"));
        // The hour 02:00–03:00 happens twice that night; both are closed and lead to Monday 08:00 CET.
        assertThat(calendar.nextOpening(Instant.parse("2026-10-25T00:30:00Z")))
                .isEqualTo(Instant.parse("2026-10-26T07:00:00Z"));
        assertThat(calendar.nextOpening(Instant.parse("2026-10-25T01:30:00Z")))
                .isEqualTo(Instant.parse("2026-10-26T07:00:00Z"));
        assertThat(calendar.isOpen(Instant.parse("2026-10-26T06:59:00Z"))).isFalse();
        assertThat(calendar.isOpen(Instant.parse("2026-10-26T14:59:00Z"))).isTrue();
        assertThat(calendar.isOpen(Instant.parse("2026-10-26T15:00:00Z"))).isFalse();
    }

    @Test
    void nextOpeningIsAlwaysOpenAndNeverEarlier() {
        Instant moment = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 24 * 365 * 2; i++, moment = moment.plusSeconds(3600 - 7)) {
            Instant next = calendar.nextOpening(moment);
            assertThat(next).isAfterOrEqualTo(moment);
            assertThat(calendar.isOpen(next)).as("from %s", moment).isTrue();
        }
    }

    private static Instant copenhagen(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(LocalDateTime.of(date, time), COPENHAGEN).toInstant();
    }

    private static LocalDate lastSunday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }
}
