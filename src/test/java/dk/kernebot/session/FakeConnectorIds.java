package dk.kernebot.session;

import dk.kernebot.support.FakeConnector;
import dk.kernebot.support.TeamsActivities;

/** The conversation ids the fake connector gives the 1:1 chats it opens. */
final class FakeConnectorIds {

    private FakeConnectorIds() {
    }

    static String personal(String user) {
        return FakeConnector.personalChatFor(TeamsActivities.userId(user));
    }
}
