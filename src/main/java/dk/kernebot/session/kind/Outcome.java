package dk.kernebot.session.kind;

/** What a click on a step did, so the lifecycle knows how to answer it. */
public sealed interface Outcome {

    /** Something changed: the card is drawn again in place. */
    record Changed() implements Outcome {
    }

    /** Nothing changed because the input was wrong: the card is drawn again with this message on it. */
    record Refused(String message) implements Outcome {
    }

    /** Nothing changed, and only the clicker is told why (the card stays as it is). */
    record Notice(String text) implements Outcome {
    }

    /** The click does not fit the step as it is now: the lifecycle answers as for any stale card. */
    record Stale() implements Outcome {
    }

    static Outcome changed() {
        return new Changed();
    }

    static Outcome refused(String message) {
        return new Refused(message);
    }

    static Outcome notice(String text) {
        return new Notice(text);
    }

    static Outcome stale() {
        return new Stale();
    }
}
