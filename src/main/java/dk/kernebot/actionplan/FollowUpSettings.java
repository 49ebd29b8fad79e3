package dk.kernebot.actionplan;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param leadWorkingDays how many working days before the due date the first reminder comes
 * @param longOverdue     how long after the due date an open action is escalated to the leader
 * @param leaderLead      how long before the annual follow-up dialogue and the biennial quality conversation the
 *                        leaders are reminded
 * @param pathMaxWait     how long the handleplan may stand at one step of its way (drafted, sent to the bestyrelse,
 *                        sent to the forvaltning) before the leaders are told
 */
@ConfigurationProperties("kernebot.followup")
record FollowUpSettings(Integer leadWorkingDays, Duration longOverdue, Duration leaderLead, Duration pathMaxWait) {

    FollowUpSettings {
        leadWorkingDays = leadWorkingDays == null || leadWorkingDays < 0 ? 3 : leadWorkingDays;
        longOverdue = longOverdue == null ? Duration.ofDays(14) : longOverdue;
        leaderLead = leaderLead == null ? Duration.ofDays(14) : leaderLead;
        pathMaxWait = pathMaxWait == null ? Duration.ofDays(30) : pathMaxWait;
    }
}
