package dk.kernebot.outbox;

/**
 * What became of one claimed row, decided by a sender thread and written later by {@link OutboxClaims#record}, together
 * with the outcomes of other rows, in one transaction. Times are absolute (epoch millis) so that rows held back
 * behind another row of their conversation keep their order however late the outcome is written.
 */
sealed interface Outcome {

    OutboxRow row();

    /** Teams has it; {@code activityId} may be null when the connector did not say. */
    record Sent(OutboxRow row, String conversationId, String activityId) implements Outcome {
    }

    /** A failed attempt (429, 5xx, ...): tried again from {@code notBefore}, or failed for good when out of attempts. */
    record Retry(OutboxRow row, long notBefore, String error) implements Outcome {
    }

    /** Not attempted (a rate limit, a row ahead of it that must wait, or shutting down); costs no attempt. */
    record Postponed(OutboxRow row, long notBefore) implements Outcome {
    }

    /** Never deliverable; stays visible as FAILED with its reason. */
    record Failed(OutboxRow row, String error) implements Outcome {
    }
}
