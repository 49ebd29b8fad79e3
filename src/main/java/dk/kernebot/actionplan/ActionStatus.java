package dk.kernebot.actionplan;

/** Where an action stands. Done and abandoned actions are closed: they get no reminders and are never overdue. */
enum ActionStatus {
    IKKE_STARTET,
    I_GANG,
    FORSINKET,
    FAERDIG,
    OPGIVET;

    boolean isOpen() {
        return this != FAERDIG && this != OPGIVET;
    }

    static java.util.Optional<ActionStatus> parse(String value) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        for (ActionStatus status : values()) {
            if (status.name().equalsIgnoreCase(value.strip())) {
                return java.util.Optional.of(status);
            }
        }
        return java.util.Optional.empty();
    }
}
