package dk.kernebot.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

// TEMPORARY until the actionplan branch lands: then this reads the handleplan's due actions.
@Component
class HandleplanFollowUps implements FollowUpsDue {

    @Override
    public List<DueFollowUp> dueBy(String conversationId, LocalDate by, LocalDate today) {
        return List.of();
    }
}
