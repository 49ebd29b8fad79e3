package dk.kernebot.questions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for questions that have waited too long, and for questions whose conversation has got leaders since (an
 * institution file or link), from database state, so a restart forgets none.
 */
@Component
class QuestionReminders {

    private static final Logger log = LoggerFactory.getLogger(QuestionReminders.class);

    private final QuestionService questions;

    QuestionReminders(QuestionService questions) {
        this.questions = questions;
    }

    @Scheduled(fixedDelayString = "${kernebot.questions.reminder-poll-ms:60000}",
            initialDelayString = "${kernebot.questions.reminder-poll-ms:60000}")
    void run() {
        try {
            questions.sendDueReminders();
            questions.notifyWaiting();
        } catch (RuntimeException e) {
            log.error("Question reminders failed; will try again", e);
        }
    }
}
