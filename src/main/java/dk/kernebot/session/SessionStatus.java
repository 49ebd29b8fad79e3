package dk.kernebot.session;

public enum SessionStatus {
    ACTIVE, PAUSED, COMPLETED, ENDED;

    public boolean isOpen() {
        return this == ACTIVE || this == PAUSED;
    }
}
