package dk.kernebot.outbox;

import java.time.Duration;
import java.util.Optional;

/**
 * How a send went wrong, as the {@link MessageTransport} saw it; {@link OutboxDispatcher} sorts it into trying again
 * later or giving up.
 */
public final class SendFailure extends RuntimeException {

    enum Kind {
        /** The row names something that does not exist (an unknown conversation); retrying will not help. */
        UNDELIVERABLE,
        /** The person cannot be found (yet); the row is sent once they write to the bot. */
        UNREACHABLE,
        /** The platform answered with an HTTP error status. */
        REFUSED
    }

    private final Kind kind;
    private final int status;
    private final transient Duration retryAfter;

    private SendFailure(Kind kind, int status, Duration retryAfter, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public static SendFailure undeliverable(String why) {
        return new SendFailure(Kind.UNDELIVERABLE, -1, null, why, null);
    }

    public static SendFailure unreachable(String why) {
        return new SendFailure(Kind.UNREACHABLE, -1, null, why, null);
    }

    /**
     * @param retryAfterHeader the answer's {@code Retry-After} in seconds, or null; a date, a negative number or garbage counts as none
     */
    public static SendFailure refused(int httpStatus, String retryAfterHeader, String message, Throwable cause) {
        return new SendFailure(Kind.REFUSED, httpStatus, seconds(retryAfterHeader), message, cause);
    }

    Kind kind() {
        return kind;
    }

    int status() {
        return status;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    private static Duration seconds(String header) {
        if (header == null) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(header.strip());
            return Double.isFinite(seconds) && seconds >= 0 ? Duration.ofMillis((long) (seconds * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
