package dk.kernebot.actionplan;

import java.time.LocalDate;

import dk.kernebot.chat.UserRef;

/**
 * An action towards a goal: who does what by when, and how it stands. {@code version} counts every change (status or
 * edit); a card carries the version it was drawn from, so an older copy cannot overwrite a newer state.
 */
record PlanAction(String id, String planId, String goalId, String text, String ownerId, String ownerAadId,
                  String ownerName, String dueDate, Integer cadenceDays, ActionStatus status, String escalatedDue,
                  long scheduledFrom, String createdByName, long createdAt, long updatedAt, int version) {

    LocalDate due() {
        return LocalDate.parse(dueDate);
    }

    UserRef owner() {
        return new UserRef(ownerId, ownerAadId, ownerName);
    }

    boolean isOverdue(LocalDate today) {
        return status.isOpen() && due().isBefore(today);
    }

    boolean isOwnedBy(UserRef user) {
        return user != null && (ownerId.equals(user.id())
                || ownerAadId != null && ownerAadId.equals(user.aadObjectId()));
    }
}
