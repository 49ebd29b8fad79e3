package dk.kernebot.actionplan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the planner now and then, from database state, so reminders come even when nobody changes anything. */
@Component
class FollowUpPoller {

    private static final Logger log = LoggerFactory.getLogger(FollowUpPoller.class);

    private final FollowUpPlanner planner;

    FollowUpPoller(FollowUpPlanner planner) {
        this.planner = planner;
    }

    @Scheduled(fixedDelayString = "${kernebot.followup.poll-ms:900000}", initialDelayString = "${kernebot.followup.poll-ms:900000}")
    void run() {
        try {
            planner.planAll();
        } catch (RuntimeException e) {
            log.error("Planning follow-up reminders failed; will try again", e);
        }
    }
}
