package dk.kernebot.outbox;

/** PENDING until claimed; SENDING while one sender has it; SENT when Teams took it; FAILED when it never will. */
public enum OutboxStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED
}
