package dk.kernebot.actionplan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/** The official Danish public holidays (helligdage), on which dagtilbud are closed. */
final class DanishHolidays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

    /** Days after Easter Sunday: skærtorsdag, langfredag, påskedag, 2. påskedag, Kristi himmelfart, pinse. */
    private static final Set<Integer> AFTER_EASTER = Set.of(-3, -2, 0, 1, 39, 49, 50);

    /** Store bededag, the fourth Friday after Easter, stopped being a holiday by law from 2024. */
    private static final int STORE_BEDEDAG = 26;
    private static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

    private DanishHolidays() {
    }

    // Grundlovsdag (5 June) and the Christmas and New Year's eves are not public holidays, even though many
    // workplaces close; an installation adds them through WorkingWindow.extraClosedDays.
    static boolean contains(LocalDate date) {
        if (FIXED.contains(MonthDay.from(date))) {
            return true;
        }
        long daysAfterEaster = date.toEpochDay() - Easter.sunday(date.getYear()).toEpochDay();
        if (daysAfterEaster == STORE_BEDEDAG) {
            return date.getYear() <= LAST_YEAR_WITH_STORE_BEDEDAG;
        }
        return AFTER_EASTER.contains((int) daysAfterEaster);
    }
}
