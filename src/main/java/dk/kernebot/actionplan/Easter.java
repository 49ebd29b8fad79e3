package dk.kernebot.actionplan;

import java.time.LocalDate;

/** Easter Sunday in the Gregorian calendar, on which most Danish public holidays hang. */
final class Easter {

    private Easter() {
    }

    /**
     * The anonymous Gregorian computus (Meeus/Jones/Butcher): the first Sunday after the ecclesiastical full moon on
     * or after 21 March. Pure integer arithmetic, so it needs no table that runs out.
     */
    static LocalDate sunday(int year) {
        int golden = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int skippedLeapYears = century / 4;
        int centuryRest = century % 4;
        int moonCorrection = (century + 8) / 25;
        int solarCorrection = (century - moonCorrection + 1) / 3;
        int epact = (19 * golden + century - skippedLeapYears - solarCorrection + 15) % 30;
        int leapQuarter = yearOfCentury / 4;
        int leapRest = yearOfCentury % 4;
        int toSunday = (32 + 2 * centuryRest + 2 * leapQuarter - epact - leapRest) % 7;
        int lateCorrection = (golden + 11 * epact + 22 * toSunday) / 451;
        int monthAndDay = epact + toSunday - 7 * lateCorrection + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }
}
