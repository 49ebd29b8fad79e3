package dk.kernebot.actionplan;

import java.time.LocalDate;

/**
 * Nordfyn's cadence, counted from the day the handleplan was made: a dialogsamtale on the plan every year, and in
 * every second year the kvalitetssamtale in its place.
 */
final class NordfynCycle {

    private NordfynCycle() {
    }

    /** The next anniversary of {@code created} that is today or later and is a quality conversation (or not). */
    static LocalDate next(LocalDate created, LocalDate today, boolean qualityConversation) {
        int years = 1;
        while (created.plusYears(years).isBefore(today) || (years % 2 == 0) != qualityConversation) {
            years++;
        }
        return created.plusYears(years);
    }
}
