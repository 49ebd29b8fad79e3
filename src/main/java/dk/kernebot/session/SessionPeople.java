package dk.kernebot.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kernebot.actionplan.SessionPerson;
import dk.kernebot.session.kind.StepContext;
import org.springframework.stereotype.Component;

/**
 * Who took part in a session, by name and role, for the handleplan and its export: everyone who contributed or took a
 * role, also those in the room without a Teams account (the parent from the bestyrelse, recorded by the facilitator
 * under a typed name). Those are marked external; nothing is ever sent to them.
 */
@Component
class SessionPeople {

    private final EntryStore entries;

    SessionPeople(EntryStore entries) {
        this.entries = entries;
    }

    List<SessionPerson> of(StepContext context) {
        // The role each person took (a later choice replaces an earlier one), read from any step's role entries.
        Map<String, String> roles = new LinkedHashMap<>();
        for (StepDefinition step : context.process().steps()) {
            entries.active(context.sessionId(), step.id()).stream().filter(e -> e.role() != null)
                    .forEach(e -> roles.put(e.authorId(), context.process().vocabularies()
                            .label(Vocabularies.ROLES, e.role(), context.locale())));
        }
        List<SessionPerson> people = new ArrayList<>();
        for (Participant p : context.participants()) {
            if (p.active() || roles.containsKey(p.userId())) {
                people.add(new SessionPerson(p.displayName(), roles.get(p.userId()), !p.inTeams()));
            }
        }
        return people;
    }
}
