package dk.kernebot.session;

import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.TeamsActivities;

/** Session test helpers other features' tests use (the meeting tests drive sessions too). */
public final class SessionTestAccess {

    private SessionTestAccess() {
    }

    /** WireMock answers Teams' member list for this conversation with these people. */
    public static void roster(FakeConnector connector, TeamsActivities chat, String... people) {
        SessionFixtures.roster(connector, chat, people);
    }
}
