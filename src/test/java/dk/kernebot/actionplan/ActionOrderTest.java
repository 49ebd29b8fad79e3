package dk.kernebot.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import dk.kernebot.support.BotIntegrationTest;
import dk.kernebot.support.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Actions due the same day and agreed in the same millisecond ("Afslut og gem" makes several at once; here the test
 * clock stands still) are listed in the order they were agreed, through the real endpoint: the handleplan once sorted
 * such ties by a random id, so its card listed them differently from one run to the next.
 */
class ActionOrderTest extends BotIntegrationTest {

    /** As many as the card shows under one goal. */
    private static final String[] ACTIONS = {"Sprogkufferter", "Rim og remser", "Dialogisk læsning"};

    private Instant start;

    @BeforeEach
    void pinTheClock() {
        start = clock.instant();
        clock.set(Instant.parse("2026-11-23T08:00:00Z"));
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(start);
    }

    @Test
    void actionsOfOneMomentKeepTheOrderTheyWereAgreedIn() {
        TeamsActivities chat = groupChat();
        bot().send(chat.message("Anne", "mål Alle børn møder sprog hver dag"));
        for (String action : ACTIONS) {
            bot().send(chat.message("Anne", "handling " + action + " ansvarlig mig frist 1. marts 2027"));
        }
        assertThat(clock.instant()).as("all agreed at one moment").isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));

        bot().send(chat.message("Anne", "handleplan"));
        String card = connector.lastPostedTo(chat.conversationId()).allText();
        int previous = -1;
        for (String action : ACTIONS) {
            int at = card.indexOf(action);
            assertThat(at).as("%s after the one agreed before it in:%n%s", action, card).isGreaterThan(previous);
            previous = at;
        }
    }
}
