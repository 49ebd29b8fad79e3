package dk.kernebot.teams;

/** An authenticated activity from a tenant outside the configured allow-list. */
class TenantRefusedException extends RuntimeException {

    TenantRefusedException(String tenant) {
        super("Tenant not allowed: " + tenant);
    }
}
