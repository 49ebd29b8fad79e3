package dk.kernebot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ConversationRateLimiterTest {

    private final ConversationRateLimiter limiter = new ConversationRateLimiter();

    @Test
    void sevenASecondThenWait() {
        for (int i = 0; i < 7; i++) {
            assertThat(limiter.acquire("c", 1_000 + i)).isZero();
        }
        Duration wait = limiter.acquire("c", 1_010);
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(limiter.acquire("c", 1_010 + wait.toMillis())).isZero();
    }

    @Test
    void eightInTwoSecondsThenWait() {
        for (int i = 0; i < 8; i++) {
            assertThat(limiter.acquire("c", i * 200L)).isZero();
        }
        assertThat(limiter.acquire("c", 8 * 200L)).isPositive();
    }

    @Test
    void sixtyInThirtySecondsThenWait() {
        long now = 0;
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("c", now)).isZero();
            now += 400;
        }
        assertThat(limiter.acquire("c", now)).isPositive();
    }

    @Test
    void aSendCountsFromWhenItWasAnsweredSoASlowOneKeepsTheNextOnesBehindIt() {
        assertThat(limiter.acquire("c", 0)).isZero();
        limiter.answered("c", 0, 900); // a slow first send: it may have reached Teams only at 900
        for (int i = 1; i < 7; i++) {
            assertThat(limiter.acquire("c", 900 + i)).isZero();
            limiter.answered("c", 900 + i, 900 + i);
        }

        assertThat(limiter.acquire("c", 1_001)).as("counted from its start it would have left the window")
                .isEqualTo(Duration.ofMillis(900));
        assertThat(limiter.acquire("c", 1_901)).isZero();
    }

    @Test
    void conversationsHaveTheirOwnLimits() {
        for (int i = 0; i < 7; i++) {
            limiter.acquire("a", 0);
        }
        assertThat(limiter.acquire("a", 1)).isPositive();
        assertThat(limiter.acquire("b", 1)).isZero();
    }
}
