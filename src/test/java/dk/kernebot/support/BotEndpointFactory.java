package dk.kernebot.support;

/** For tests that run their own application context instead of {@link BotIntegrationTest}'s. */
public final class BotEndpointFactory {

    private BotEndpointFactory() {
    }

    public static BotEndpoint at(int port) {
        return new BotEndpoint(port);
    }
}
