package dk.kernebot.support;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A word no other test in the run has used, for texts the tests type to the bot. Letters only: a random UUID's digits
 * now and then read as a CPR number (ddmmyy-xxxx), which the bot refuses to store, and the test then failed by chance.
 * Consonants only, so no word ever spells a command word ("frist", "mig") the parsers look for.
 */
public final class UniqueWords {

    /** Started from the clock so a second run against the same database does not meet the first run's words. */
    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() * 1000);

    private static final String LETTERS = "bcdfghjklmnpqrstvwxz";

    private UniqueWords() {
    }

    public static String next() {
        StringBuilder word = new StringBuilder();
        for (long n = NEXT.incrementAndGet(); n > 0; n /= LETTERS.length()) {
            word.append(LETTERS.charAt((int) (n % LETTERS.length())));
        }
        return word.reverse().toString();
    }
}
