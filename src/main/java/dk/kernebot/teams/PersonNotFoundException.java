package dk.kernebot.teams;

/**
 * Teams does not know the person in the conversation the message was meant to reach them through (they are not
 * a member of it); the message waits until they write to the bot themselves.
 */
class PersonNotFoundException extends RuntimeException {

    PersonNotFoundException(String message) {
        super(message);
    }
}
