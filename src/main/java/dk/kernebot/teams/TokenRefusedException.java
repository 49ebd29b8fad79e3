package dk.kernebot.teams;

/**
 * An inbound request whose token is not a Bot Connector channel token for this bot. The message is one of a few
 * fixed reasons written by Kernebot, never text from the token, so it can be logged as it is.
 */
final class TokenRefusedException extends RuntimeException {

    TokenRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
