package dk.kernebot.privacy;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each kind of data is kept (see README, "Personal data"). Every period counts from the moment the data
 * stopped changing: a message from when it was sent, a session from when it finished, a question from when it was
 * answered or rejected, a saved answer from when it was saved.
 *
 * @param outboxSent   the text and card of a sent proactive message (its key, status and times stay)
 * @param outboxFailed the text and card of a message that could not be delivered
 * @param sessions     a finished guided session with everything in it
 * @param questions    an answered or rejected question
 * @param answers      a saved answer to a reflection card, and the draws of cards no answer refers to
 * @param batchSize    rows deleted per transaction
 * @param cron         when the daily job runs (Europe/Copenhagen)
 */
@ConfigurationProperties("kernebot.retention")
public record RetentionSettings(Period outboxSent, Period outboxFailed, Period sessions, Period questions,
                                Period answers, Integer batchSize, String cron) {

    static final Period FOUR_YEARS = Period.ofYears(4);

    public RetentionSettings {
        outboxSent = orDefault(outboxSent, Period.ofDays(1));
        outboxFailed = orDefault(outboxFailed, Period.ofDays(30));
        sessions = orDefault(sessions, FOUR_YEARS);
        questions = orDefault(questions, FOUR_YEARS);
        answers = orDefault(answers, FOUR_YEARS);
        batchSize = batchSize == null || batchSize < 1 ? 500 : batchSize;
        cron = cron == null || cron.isBlank() ? "0 30 3 * * *" : cron;
    }

    private static Period orDefault(Period value, Period fallback) {
        return value == null || value.isNegative() ? fallback : value;
    }
}
