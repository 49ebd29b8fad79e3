package dk.kernebot.questions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param remindAfter how long a question may wait before its leader is reminded (then weekly)
 */
@ConfigurationProperties("kernebot.questions")
public record QuestionSettings(Duration remindAfter) {

    public QuestionSettings {
        remindAfter = remindAfter == null ? Duration.ofDays(3) : remindAfter;
    }

    public static final Duration REMIND_AGAIN = Duration.ofDays(7);
}
