package dk.kernebot.questions;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param remindAfter how long a question may wait before its leader is reminded (then weekly)
 * @param admins      Entra object ids (or Teams user ids) of people who may set leaders anywhere
 */
@ConfigurationProperties("kernebot.questions")
public record QuestionSettings(Duration remindAfter, List<String> admins) {

    public QuestionSettings {
        remindAfter = remindAfter == null ? Duration.ofDays(3) : remindAfter;
        admins = admins == null ? List.of() : admins.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    public static final Duration REMIND_AGAIN = Duration.ofDays(7);
}
